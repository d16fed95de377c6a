package org.protego.triage;

import java.time.Instant;
import java.util.UUID;

/** A reported URL in its canonical form, with how often it was reported and its current assessment, if any. */
public record UrlItem(
        UUID id,
        String canonicalUrl,
        String host,
        UrlItemState state,
        int reportCount,
        Instant firstReportedAt,
        Instant lastReportedAt,
        Assessment currentAssessment) {

    /** The same item with its current assessment's note left out, for views that must not show it. */
    UrlItem withoutNote() {
        return currentAssessment == null || currentAssessment.note() == null
                ? this
                : new UrlItem(
                        id,
                        canonicalUrl,
                        host,
                        state,
                        reportCount,
                        firstReportedAt,
                        lastReportedAt,
                        currentAssessment.withoutNote());
    }
}
