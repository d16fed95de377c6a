package org.protego.cases;

import java.time.Instant;
import java.util.UUID;

/** A line of a caseload or of search results. Listing names is audited once per list. */
public record CaseSummary(
        UUID id,
        String caseNumber,
        String childName,
        String sex,
        String ageBand,
        String state,
        String riskLevel,
        boolean guardianOverdue,
        Instant registeredAt,
        Instant updatedAt) {}
