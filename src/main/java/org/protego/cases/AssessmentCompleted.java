package org.protego.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A child's best interests were assessed ({@code kind} {@code bia}: the case's first assessment was written) or
 * determined ({@code kind} {@code bid}: a panel recorded its decision). It carries only what indicators break figures
 * down by, never what identifies the child.
 */
public record AssessmentCompleted(
        UUID caseId,
        UUID organisationId,
        String kind,
        String sex,
        String ageBand,
        String nationality,
        List<String> formsOfExploitation,
        Instant at) {

    public AssessmentCompleted {
        formsOfExploitation = List.copyOf(formsOfExploitation);
    }
}
