package org.protego.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A supervisor's decision that the case may go ahead for a purpose without the consent it needs, with the written
 * reason. It stays in force and flags the case for good: the case shows that it was done, by whom, and why.
 */
record ConsentOverride(
        UUID id,
        UUID caseId,
        ConsentPurpose purpose,
        String recipientOrganisation,
        String reason,
        String overriddenBy,
        Instant overriddenAt) {

    boolean covers(ConsentPurpose wanted, String recipient) {
        return purpose == wanted && Recipients.covers(recipientOrganisation, recipient);
    }

    String describe() {
        return "overridden by " + overriddenBy + " at " + overriddenAt
                + (recipientOrganisation == null ? "" : " for " + recipientOrganisation) + ": " + reason;
    }
}
