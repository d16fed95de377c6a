package org.protego.cases;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.FORBIDDEN;
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
    // consents and overrides
    /** An action needs a consent that is not in force; the arguments are the purpose and the recipient ("-"). */
    CONSENT_MISSING("case-consent-missing", CONFLICT),
    CONSENT_PURPOSE_INVALID("case-consent-purpose-invalid", BAD_REQUEST),
    CONSENT_GIVER_INVALID("case-consent-giver-invalid", BAD_REQUEST),
    /** Sharing information is consented to for one named organisation. */
    CONSENT_RECIPIENT_REQUIRED("case-consent-recipient-required", BAD_REQUEST),
    CONSENT_EXPIRY_PAST("case-consent-expiry-past", BAD_REQUEST),
    CONSENT_GIVEN_IN_FUTURE("case-consent-given-in-future", BAD_REQUEST),
    /** A guardian's consent for an unaccompanied or separated child who has no guardian yet. */
    CONSENT_GUARDIAN_MISSING("case-consent-guardian-missing", CONFLICT),
    CONSENT_NOT_FOUND("case-consent-not-found", NOT_FOUND),
    CONSENT_ALREADY_WITHDRAWN("case-consent-already-withdrawn", CONFLICT),
    /** An override's written reason is missing, too short or too long; the arguments are the bounds. */
    OVERRIDE_REASON_INVALID("case-consent-override-reason-invalid", BAD_REQUEST),
    // best interests: assessments and determinations
    /** A determination requested before the case has a best-interests assessment to rely on. */
    ASSESSMENT_REQUIRED("case-assessment-required", CONFLICT),
    /** An assessment with every section blank. */
    ASSESSMENT_EMPTY("case-assessment-empty", BAD_REQUEST),
    /** The date of an assessment is in the future or before the case was registered. */
    ASSESSMENT_DATE_INVALID("case-assessment-date-invalid", BAD_REQUEST),
    /** The assessment a determination should rely on is not one of this case's. */
    ASSESSMENT_UNKNOWN("case-assessment-unknown", BAD_REQUEST),
    DECISION_TYPE_INVALID("case-decision-type-invalid", BAD_REQUEST),
    QUESTION_REQUIRED("case-question-required", BAD_REQUEST),
    /** A determination of the same decision is still waiting for its panel. */
    DETERMINATION_PENDING("case-determination-pending", CONFLICT),
    DETERMINATION_NOT_FOUND("case-determination-not-found", NOT_FOUND),
    POSITION_INVALID("case-position-invalid", BAD_REQUEST),
    REASONING_REQUIRED("case-reasoning-required", BAD_REQUEST),
    DECISION_INVALID("case-decision-invalid", BAD_REQUEST),
    OUTCOME_REQUIRED("case-outcome-required", BAD_REQUEST),
    /** Only supervisors sit on a determination panel. */
    PANEL_SUPERVISORS_ONLY("case-panel-supervisors-only", FORBIDDEN),
    /** The supervisor requested the determination or works the case: the panel must be someone else. */
    PANEL_MEMBER_INVOLVED("case-panel-member-involved", FORBIDDEN),
    VIEW_ALREADY_RECORDED("case-view-already-recorded", CONFLICT),
    /** A decision recorded before the panel has enough views; the argument is how many it needs. */
    DECISION_NEEDS_VIEWS("case-decision-needs-views", CONFLICT),
    /** Only a supervisor who recorded a view on the determination records its decision. */
    DECIDER_NOT_ON_PANEL("case-decider-not-on-panel", FORBIDDEN),
    DETERMINATION_DECIDED("case-determination-decided", CONFLICT),
    SEARCH_EMPTY("case-search-empty", BAD_REQUEST),
    PURPOSE_INVALID("case-purpose-invalid", BAD_REQUEST),
    // care plan and follow-ups
    CARE_PLAN_KIND_INVALID("case-care-plan-kind-invalid", BAD_REQUEST),
    /** A missing or too long description; the argument is the longest allowed. */
    CARE_PLAN_DESCRIPTION_INVALID("case-care-plan-description-invalid", BAD_REQUEST),
    /** A missing due date, or one that has passed. */
    CARE_PLAN_DUE_INVALID("case-care-plan-due-invalid", BAD_REQUEST),
    /** No item with this id in the care plan of this case. */
    CARE_PLAN_ITEM_NOT_FOUND("case-care-plan-item-not-found", NOT_FOUND),
    CARE_PLAN_STATUS_INVALID("case-care-plan-status-invalid", BAD_REQUEST),
    /** A status change the item's status does not allow; the arguments are its status and the one asked for. */
    CARE_PLAN_STATUS_FORBIDS("case-care-plan-status-forbids", CONFLICT),
    /** A cancellation without a reason, or with one too long; the argument is the longest allowed. */
    CARE_PLAN_REASON_REQUIRED("case-care-plan-reason-required", BAD_REQUEST),
    FOLLOW_UP_KIND_INVALID("case-follow-up-kind-invalid", BAD_REQUEST),
    /** A follow-up dated in the future or before the case was registered. */
    FOLLOW_UP_DATE_INVALID("case-follow-up-date-invalid", BAD_REQUEST),
    /** A next follow-up date that is not after the day of the follow-up recorded. */
    FOLLOW_UP_NEXT_DUE_INVALID("case-follow-up-next-due-invalid", BAD_REQUEST),
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
    PERIOD_INVALID("case-period-invalid", BAD_REQUEST),
    // pages: what a form sends that cannot be read at all
    /** A date typed on a page that is not a date (browsers without a date picker send the text as typed). */
    DATE_UNREADABLE("case-date-unreadable", BAD_REQUEST),
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
    OPTION_INVALID("case-option-invalid", BAD_REQUEST),

    // sharing with other modules (referrals)
    /** A field a referral may not share; the arguments are the unknown names and the names allowed. */
    SHARED_FIELD_UNKNOWN("case-shared-field-unknown", BAD_REQUEST);

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
