package org.protego.reports;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a report stands, in the plain words a reporter sees. The moves between them are drawn in
 * {@code docs/states/reports.md}; a test holds the drawing to {@link #next()}.
 */
public enum ReportStatus {
    /** Stored; no analyst has assessed any of it yet. */
    RECEIVED("received"),
    /** An analyst is assessing what was reported. */
    IN_ASSESSMENT("in_assessment"),
    /** Every reported item is assessed and at least one was illegal, so action was taken on it. */
    ACTION_TAKEN("action_taken"),
    /** An analyst closed the report; nothing more will happen to it. */
    CLOSED("closed");

    private final String code;

    ReportStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * The statuses a report in this one may move to. Assessing items moves it forward, and back from action taken when
     * a reassessment leaves nothing illegal; it never returns to received; only an analyst closes it, and a closed
     * report stays closed.
     */
    public Set<ReportStatus> next() {
        return Collections.unmodifiableSet(
                switch (this) {
                    case RECEIVED -> EnumSet.of(IN_ASSESSMENT, ACTION_TAKEN, CLOSED);
                    case IN_ASSESSMENT -> EnumSet.of(ACTION_TAKEN, CLOSED);
                    case ACTION_TAKEN -> EnumSet.of(IN_ASSESSMENT, CLOSED);
                    case CLOSED -> EnumSet.noneOf(ReportStatus.class);
                });
    }

    /** Whether a report in this status may move to the given one. */
    public boolean canMoveTo(ReportStatus status) {
        return next().contains(status);
    }
}
