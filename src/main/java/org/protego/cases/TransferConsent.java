package org.protego.cases;

import java.util.UUID;

/**
 * The consent a transfer needs: sharing the child's information with the receiving organisation. Every transfer needs
 * it, since organisations have no country yet to tell a cross-border one apart. Refuses (409) when no consent, and no
 * supervisor's override, is in force.
 */
interface TransferConsent {

    void require(UUID caseId, String recipientOrganisation);
}
