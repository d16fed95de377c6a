package org.protego.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A closed case was reopened. Like {@link CaseClosed} it carries nothing that identifies the child; {@code reason} is
 * the {@link ClosureReason} code the case had been closed for (the reopening's own reason is free text and stays in
 * the module).
 */
public record CaseReopened(
        UUID caseId,
        UUID organisationId,
        String reason,
        String sex,
        String ageBand,
        String nationality,
        List<String> formsOfExploitation,
        Instant reopenedAt) {}
