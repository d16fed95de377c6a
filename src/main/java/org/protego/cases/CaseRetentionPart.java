package org.protego.cases;

import java.util.UUID;

/**
 * A part of the case module, or another module, that keeps identifying data of its own about a case (consents,
 * assessments, plans, transfers, referrals, children's contact requests): when the case is anonymised, it removes that
 * data in the same transaction. Every part that stores names, dates of birth, free text about the child or documents
 * implements it.
 */
public interface CaseRetentionPart {

    /** Removes what identifies the child from this part's records of the case; what indicators count may stay. */
    void anonymise(UUID caseId);
}
