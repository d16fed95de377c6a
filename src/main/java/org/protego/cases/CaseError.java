package org.protego.cases;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.PRECONDITION_FAILED;
import static org.springframework.http.HttpStatus.PRECONDITION_REQUIRED;

import org.protego.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Every reason the cases module refuses a request. */
public enum CaseError implements ErrorCode {
    /** No case the caller may see has this id; a case of another team or organisation is not revealed. */
    CASE_NOT_FOUND("case-not-found", NOT_FOUND),
    /** A change sent without the version it was made against. */
    VERSION_REQUIRED("case-version-required", PRECONDITION_REQUIRED),
    /** A change made against an older version; the arguments are the current version and what changed since. */
    STALE_VERSION("case-stale-version", PRECONDITION_FAILED),
    VERSION_INVALID("case-version-invalid", BAD_REQUEST),
    /** A change the case's state does not allow; the argument is the state. */
    STATE_FORBIDS("case-state-forbids", CONFLICT),
    REPORT_UNKNOWN("case-report-unknown", BAD_REQUEST),
    NAME_REQUIRED("case-name-required", BAD_REQUEST),
    /** A text that is too long or holds control characters; the argument is the longest allowed. */
    TEXT_INVALID("case-text-invalid", BAD_REQUEST),
    SEX_INVALID("case-sex-invalid", BAD_REQUEST),
    AGE_REQUIRED("case-age-required", BAD_REQUEST),
    DATE_OF_BIRTH_INVALID("case-date-of-birth-invalid", BAD_REQUEST),
    ESTIMATED_AGE_INVALID("case-estimated-age-invalid", BAD_REQUEST),
    NATIONALITY_INVALID("case-nationality-invalid", BAD_REQUEST),
    LANGUAGE_INVALID("case-language-invalid", BAD_REQUEST),
    FORM_OF_EXPLOITATION_INVALID("case-form-of-exploitation-invalid", BAD_REQUEST),
    RISK_LEVEL_INVALID("case-risk-level-invalid", BAD_REQUEST),
    DOCUMENT_INVALID("case-document-invalid", BAD_REQUEST),
    /** A guardian for a child who is neither unaccompanied nor separated. */
    GUARDIAN_NOT_NEEDED("case-guardian-not-needed", CONFLICT),
    GUARDIAN_NAME_INVALID("case-guardian-name-invalid", BAD_REQUEST),
    APPOINTMENT_IN_FUTURE("case-appointment-in-future", BAD_REQUEST),
    SEARCH_EMPTY("case-search-empty", BAD_REQUEST),
    PURPOSE_INVALID("case-purpose-invalid", BAD_REQUEST),
    // closure and transfer
    /** A closure reason that is not on the list. */
    CLOSURE_REASON_INVALID("case-closure-reason-invalid", BAD_REQUEST),
    /** A closure for an "other" reason needs a note saying which. */
    CLOSURE_NOTE_REQUIRED("case-closure-note-required", BAD_REQUEST),
    /** The one who asked to close a case cannot approve or refuse it, even as a supervisor: it needs a second person. */
    CLOSURE_OWN_REQUEST("case-closure-own-request", CONFLICT),
    /** A refusal, reopening, transfer or decline needs a reason; the argument is the longest allowed. */
    REASON_REQUIRED("case-reason-required", BAD_REQUEST),
    /** No organisation has the name given for a transfer. */
    TRANSFER_ORGANISATION_UNKNOWN("case-transfer-organisation-unknown", BAD_REQUEST),
    /** A case cannot be transferred to the organisation that has it. */
    TRANSFER_TO_SAME_ORGANISATION("case-transfer-same-organisation", BAD_REQUEST),
    /** No transfer waiting for the caller's organisation (or sent by it) has this id. */
    TRANSFER_NOT_FOUND("case-transfer-not-found", NOT_FOUND),
    /** Indicators are counted between two dates, the second not before the first, at most ten years apart. */
    PERIOD_INVALID("case-period-invalid", BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    CaseError(String code, HttpStatus status) {
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
        return "cases.error." + code;
    }
}
