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
    /** The status is none of the vocabulary; the argument lists the allowed ones. */
    COMMITMENT_STATUS_INVALID("commitment-status-invalid", BAD_REQUEST),
    /** Met or met late needs the day it was met. */
    COMMITMENT_MET_ON_REQUIRED("commitment-met-on-required", BAD_REQUEST),
    /** A day recorded as past is in the future; the argument is the day given. */
    MONITORING_DATE_IN_FUTURE("monitoring-date-in-future", BAD_REQUEST),
    /** A day is not written YYYY-MM-DD; the argument is what was given. */
    MONITORING_DATE_INVALID("monitoring-date-invalid", BAD_REQUEST),
    /** A text is longer than allowed; the argument is the limit. */
    MONITORING_TEXT_TOO_LONG("monitoring-text-too-long", BAD_REQUEST),
    /** Someone else changed the commitment since it was read; the argument is its version now. */
    COMMITMENT_STALE("commitment-stale", CONFLICT),
    /** No organisation has the name given as owner; the argument is the name. */
    COMMITMENT_OWNER_UNKNOWN("commitment-owner-unknown", BAD_REQUEST),
    /** Evidence is a document, a link or an indicator; the argument lists them. */
    EVIDENCE_KIND_INVALID("evidence-kind-invalid", BAD_REQUEST),
    /** The evidence's link is not an http or https address. */
    EVIDENCE_URL_INVALID("evidence-url-invalid", BAD_REQUEST),
    /** A document needs a title. */
    EVIDENCE_TITLE_REQUIRED("evidence-title-required", BAD_REQUEST),
    /** An indicator code is lower-case letters, digits and underscores. */
    EVIDENCE_INDICATOR_INVALID("evidence-indicator-invalid", BAD_REQUEST),
    /** No instrument with this code; the argument is the code asked for. */
    INSTRUMENT_UNKNOWN("instrument-unknown", NOT_FOUND),
    /** The kind of consent is none of the allowed; the argument lists them. */
    INSTRUMENT_CONSENT_TYPE_INVALID("instrument-consent-type-invalid", BAD_REQUEST),
    /** The State's dates are out of order: signature, then consent, then entry into force for the State. */
    INSTRUMENT_DATES_OUT_OF_ORDER("instrument-dates-out-of-order", BAD_REQUEST),
    /** A company cannot withdraw from a code before it signed it; the argument is the day it signed. */
    WITHDRAWAL_BEFORE_SIGNATURE("withdrawal-before-signature", BAD_REQUEST),
    /** Someone else changed the instrument's facts since they were read; the argument is its version now. */
    INSTRUMENT_STALE("instrument-stale", CONFLICT),
    /** No code of conduct with this code; the argument is the code. */
    CODE_OF_CONDUCT_UNKNOWN("code-of-conduct-unknown", NOT_FOUND),
    /** No company with this id in the registry. */
    COMPANY_UNKNOWN("company-unknown", NOT_FOUND),
    /** The organisation named is a service provider or the hotline, not a company; the argument is its name. */
    COMPANY_NOT_A_COMPANY("company-not-a-company", CONFLICT),
    /** The company already signed the code; the arguments are the company and the code. */
    SIGNATURE_EXISTS("signature-exists", CONFLICT),
    /** The company has not signed the code, or withdrew before the year; the argument is the code. */
    CODE_NOT_SIGNED("code-not-signed", CONFLICT),
    /** The company already reported on the code for the year; the arguments are the code and the year. */
    SELF_REPORT_EXISTS("self-report-exists", CONFLICT),
    /** No self-report with this id. */
    SELF_REPORT_UNKNOWN("self-report-unknown", NOT_FOUND),
    /** A self-report's year is from the year signed to this year; the argument is the year given. */
    SELF_REPORT_YEAR_INVALID("self-report-year-invalid", BAD_REQUEST),
    /** Every commitment of the code needs an answer met, partially_met or not_met; the argument is the commitment. */
    SELF_REPORT_ANSWER_INVALID("self-report-answer-invalid", BAD_REQUEST),
    /** An assessment is one of the ECPAT vocabulary; the argument lists it. */
    SELF_REPORT_ASSESSMENT_INVALID("self-report-assessment-invalid", BAD_REQUEST),

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
