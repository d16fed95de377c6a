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
    // retention, legal hold and option lists
    /** No retention policy for this kind of record; the argument is the name given. */
    RETENTION_TYPE_UNKNOWN("case-retention-type-unknown", NOT_FOUND),
    /** The audit log is never purged, so its retention cannot be set. */
    RETENTION_AUDIT_KEPT("case-retention-audit-kept", CONFLICT),
    /** A retention period outside 1 to 100 years; the arguments are the bounds. */
    RETENTION_YEARS_INVALID("case-retention-years-invalid", BAD_REQUEST),
    /** A legal hold placed without a reason, or with one too long; the argument is the longest allowed. */
    LEGAL_HOLD_REASON_INVALID("case-legal-hold-reason-invalid", BAD_REQUEST),
    LEGAL_HOLD_ALREADY_PLACED("case-legal-hold-already-placed", CONFLICT),
    LEGAL_HOLD_NOT_PLACED("case-legal-hold-not-placed", CONFLICT),
    /** An option list name that is not lower-case letters, digits and hyphens; the argument is the name. */
    OPTION_LIST_NAME_INVALID("case-option-list-name-invalid", BAD_REQUEST),
    /** No option list of this name for the country nor for every country; the argument is the name. */
    OPTION_LIST_UNKNOWN("case-option-list-unknown", NOT_FOUND),
    OPTION_COUNTRY_INVALID("case-option-country-invalid", BAD_REQUEST),
    /** The list for every country cannot be emptied: registration checks against it. */
    OPTION_LIST_EMPTY("case-option-list-empty", BAD_REQUEST),
    /** An option with a code, label or translation that is missing, malformed, too long or repeated. */
    OPTION_INVALID("case-option-invalid", BAD_REQUEST);

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
