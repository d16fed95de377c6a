package org.protego.referrals;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import org.protego.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Every reason the referrals module refuses a request. */
public enum ReferralError implements ErrorCode {
    /** No referral the caller may see has this id; one of another organisation or team is not revealed. */
    REFERRAL_NOT_FOUND("referral-not-found", NOT_FOUND),
    /** No case the caller may see has this id. */
    CASE_NOT_FOUND("referral-case-not-found", NOT_FOUND),
    /** No active service has this id. */
    SERVICE_NOT_FOUND("referral-service-not-found", NOT_FOUND),
    /** The child's age or sex is outside the service's eligibility; the argument is the service's name. */
    NOT_ELIGIBLE("referral-not-eligible", CONFLICT),
    /**
     * No consent (or supervisor's override) to share information with the service's organisation is in force; the
     * arguments are the purpose and the organisation, which the problem also carries as properties.
     */
    CONSENT_REQUIRED("consent-required", CONFLICT),
    /** A move the referral's state does not allow; the argument is the state. */
    STATE_FORBIDS("referral-state-forbids", CONFLICT),
    /** Someone else moved the referral meanwhile. */
    CHANGED_MEANWHILE("referral-changed-meanwhile", CONFLICT),
    /** The argument lists the urgencies. */
    URGENCY_INVALID("referral-urgency-invalid", BAD_REQUEST),
    /** A text required and missing, too long or with control characters; the argument is the longest allowed. */
    TEXT_INVALID("referral-text-invalid", BAD_REQUEST),
    /** The argument lists the reason codes. */
    DECLINE_REASON_INVALID("referral-decline-reason-invalid", BAD_REQUEST),
    /** A need the service does not take referrals for; the argument lists those it takes. */
    NEED_INVALID("referral-need-invalid", BAD_REQUEST),
    SIDE_INVALID("referral-side-invalid", BAD_REQUEST),
    /** The argument lists the state codes. */
    STATE_INVALID("referral-state-invalid", BAD_REQUEST),
    PERIOD_INVALID("referral-period-invalid", BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    ReferralError(String code, HttpStatus status) {
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
        return "referrals.error." + code;
    }
}
