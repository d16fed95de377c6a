package org.protego.triage;

import java.time.Instant;
import java.util.UUID;
import org.protego.shared.ConflictException;

/**
 * A reported URL in its canonical form, with how often it was reported and its current assessment, if any. The item
 * is an aggregate without setters: each change returns the item as it stands afterwards, and refuses a change its
 * state machine does not allow.
 */
public record UrlItem(
        UUID id,
        String canonicalUrl,
        String host,
        UrlItemState state,
        int reportCount,
        Instant firstReportedAt,
        Instant lastReportedAt,
        Assessment currentAssessment) {

    /**
     * The item with an analyst's assessment as its current one. An item may be assessed again, and the newest
     * assessment holds; an assessment dated before the current one is refused, since it could never become current.
     */
    UrlItem assess(Assessment assessment) {
        if (!assessment.urlItemId().equals(id)) {
            throw new IllegalArgumentException("The assessment is of item " + assessment.urlItemId() + ", not " + id);
        }
        if (!state.canMoveTo(UrlItemState.ASSESSED)) {
            throw new ConflictException(
                    TriageError.URL_ITEM_STATE_CHANGE_NOT_ALLOWED, id, state, UrlItemState.ASSESSED);
        }
        if (currentAssessment != null && assessment.assessedAt().isBefore(currentAssessment.assessedAt())) {
            throw new ConflictException(
                    TriageError.ASSESSMENT_OLDER_THAN_CURRENT,
                    id,
                    currentAssessment.assessedAt().toString());
        }
        return new UrlItem(
                id,
                canonicalUrl,
                host,
                UrlItemState.ASSESSED,
                reportCount,
                firstReportedAt,
                lastReportedAt,
                assessment);
    }

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
