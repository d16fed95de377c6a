package org.protego.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A transfer of a case as those who may see the case read it: where it went, why, and the answer ({@code pending},
 * {@code accepted}, {@code declined} or {@code cancelled}) with a decline's reason.
 */
public record TransferView(
        UUID id,
        UUID caseId,
        String caseNumber,
        String fromOrganisation,
        String toOrganisation,
        String reason,
        String requestedBy,
        Instant requestedAt,
        String state,
        String decidedBy,
        Instant decidedAt,
        String declineReason) {}
