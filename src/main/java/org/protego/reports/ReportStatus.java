package org.protego.reports;

/** Where a report stands, in the plain words a reporter sees. */
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
}
