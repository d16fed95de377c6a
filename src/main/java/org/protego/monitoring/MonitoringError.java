package org.protego.monitoring;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import org.protego.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Every reason monitoring refuses a request. */
enum MonitoringError implements ErrorCode {

    // indicators and disclosure control
    /** No indicator with this code; the argument is the code asked for. */
    INDICATOR_UNKNOWN("indicator-unknown", NOT_FOUND),
    /** A breakdown the indicator does not have; the arguments are the one asked for and the allowed ones. */
    INDICATOR_DIMENSION_INVALID("indicator-dimension-invalid", BAD_REQUEST),
    /** More than two breakdowns at once; the argument is the most allowed. */
    INDICATOR_TOO_MANY_DIMENSIONS("indicator-too-many-dimensions", BAD_REQUEST),
    /** {@code from} or {@code to} does not start or end a period of the kind asked for, or {@code to} is before it. */
    INDICATOR_PERIOD_UNALIGNED("indicator-period-unaligned", BAD_REQUEST),
    /** A period kind other than month, quarter or year; the argument is the one asked for. */
    INDICATOR_PERIOD_KIND_INVALID("indicator-period-kind-invalid", BAD_REQUEST),
    /** A date that is not a date written YYYY-MM-DD; the argument is what was sent. */
    INDICATOR_DATE_INVALID("indicator-date-invalid", BAD_REQUEST),
    /** A range longer than the most years one answer covers; the argument is that number of years. */
    INDICATOR_PERIOD_TOO_LONG("indicator-period-too-long", BAD_REQUEST),

    // commitments, instruments and the registry of codes of conduct
    /** No commitment with this code; the argument is the code asked for. */
    COMMITMENT_UNKNOWN("commitment-unknown", NOT_FOUND),

    // annual reports
    /** No annual report with this id. */
    ANNUAL_REPORT_UNKNOWN("annual-report-unknown", NOT_FOUND);

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
