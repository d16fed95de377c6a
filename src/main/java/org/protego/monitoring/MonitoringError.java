package org.protego.monitoring;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import org.protego.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Every reason monitoring refuses a request. */
enum MonitoringError implements ErrorCode {

    // indicators and disclosure control
    /** No indicator with this code; the argument is the code asked for. */
    INDICATOR_UNKNOWN("indicator-unknown", NOT_FOUND),

    // commitments, instruments and the registry of codes of conduct
    /** No commitment with this code; the argument is the code asked for. */
    COMMITMENT_UNKNOWN("commitment-unknown", NOT_FOUND),

    // annual reports
    /** No annual report with this id. */
    ANNUAL_REPORT_UNKNOWN("annual-report-unknown", NOT_FOUND),
    /** The year is before the first one reported on or still to come; the arguments are the first and last allowed. */
    ANNUAL_REPORT_YEAR_INVALID("annual-report-year-invalid", BAD_REQUEST),
    /** The language is not offered; the argument lists the offered ones. */
    ANNUAL_REPORT_LANGUAGE_INVALID("annual-report-language-invalid", BAD_REQUEST),
    /** The narrative names a part the report does not have; the arguments are the part and the parts it has. */
    ANNUAL_REPORT_NARRATIVE_PART_UNKNOWN("annual-report-narrative-part-unknown", BAD_REQUEST),
    /** A part of the narrative is too long or holds control characters; the argument is the most characters allowed. */
    ANNUAL_REPORT_NARRATIVE_INVALID("annual-report-narrative-invalid", BAD_REQUEST),
    /** The approver drafted the report or last edited its narrative: a second person must approve it. */
    ANNUAL_REPORT_OWN_DRAFT("annual-report-own-draft", CONFLICT),
    /** Only a draft can be changed or approved; the argument is the report's state. */
    ANNUAL_REPORT_STATE_FORBIDS("annual-report-state-forbids", CONFLICT),
    /** Someone else changed the report at the same moment. */
    ANNUAL_REPORT_CHANGED("annual-report-changed", CONFLICT);

    private final String code;
    private final HttpStatus status;

    MonitoringError(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String messageKey() {
        return "monitoring.error." + code;
    }
}
