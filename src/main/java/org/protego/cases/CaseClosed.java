package org.protego.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A supervisor approved closing a case. It carries only what indicators break figures down by, never what identifies
 * the child; {@code reason} is a {@link ClosureReason} code.
 */
public record CaseClosed(
        UUID caseId,
        UUID organisationId,
        String reason,
        String sex,
        String ageBand,
        String nationality,
        List<String> formsOfExploitation,
        Instant closedAt) {}
