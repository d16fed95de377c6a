package org.protego.monitoring;

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
