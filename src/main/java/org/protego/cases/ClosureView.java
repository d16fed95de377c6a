package org.protego.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * One closure request of a case and what became of it, for those who may see the case: the reason code, the case
 * worker's note, the supervisor's decision ({@code pending}, {@code approved} or {@code refused}) with a refusal's
 * reason, and a later reopening with its reason. Reading it is audited.
 */
public record ClosureView(
        UUID id,
        String reason,
        String note,
        String requestedBy,
        Instant requestedAt,
        String decision,
        String decidedBy,
        Instant decidedAt,
        String refusalReason,
        String reopenedBy,
        Instant reopenedAt,
        String reopeningReason) {}
