package org.protego.cases;

import java.util.List;
import java.util.UUID;

/**
 * Every consent of a case, newest first, and every supervisor's override.
 *
 * @param version the case's version, to send back with a change
 * @param overridden whether a supervisor ever overrode a missing consent on this case
 */
public record CaseConsentList(
        UUID caseId,
        long version,
        boolean overridden,
        List<ConsentView> consents,
        List<ConsentOverrideView> overrides) {}
