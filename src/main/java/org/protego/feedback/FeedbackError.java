package org.protego.feedback;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import org.protego.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Every reason children's feedback refuses a request. */
public enum FeedbackError implements ErrorCode {

    // codes
    /** No referral with this id that the caller may see. */
    REFERRAL_NOT_FOUND("feedback-referral-not-found", NOT_FOUND),
    /** A code is given only once the service started or was completed; the argument is the referral's state. */
    REFERRAL_NOT_SERVED("feedback-referral-not-served", CONFLICT),

    // the child's answers
    /** A face question answered with something other than 1 to 5. */
    SCORE_INVALID("feedback-score-invalid", BAD_REQUEST),
    /** The friend question answered with something other than yes, no or not sure. */
    RECOMMEND_INVALID("feedback-recommend-invalid", BAD_REQUEST),
    /** A comment too long or holding control characters; the argument is the longest allowed. */
    COMMENT_INVALID("feedback-comment-invalid", BAD_REQUEST),
    /** Nothing answered at all. */
    NOTHING_ANSWERED("feedback-nothing-answered", BAD_REQUEST),

    // aggregates and contact requests
    /** No service with this id whose feedback the caller may read. */
    SERVICE_NOT_FOUND("feedback-service-not-found", NOT_FOUND),
    /** No contact request with this id on the case. */
    CONTACT_REQUEST_NOT_FOUND("feedback-contact-request-not-found", NOT_FOUND),
    /** The contact request was already marked handled. */
    CONTACT_REQUEST_HANDLED("feedback-contact-request-handled", CONFLICT);

    private final String code;
    private final HttpStatus status;

    FeedbackError(String code, HttpStatus status) {
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
        return "feedback.error." + code;
    }
}
