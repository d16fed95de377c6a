package org.protego.takedown;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import org.protego.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Every reason the takedown module refuses a request. Codes of field problems are those the API answered with before
 * the module had this type, so clients matching on them keep working.
 */
public enum TakedownError implements ErrorCode {
    /** No takedown of the URL item in the viewer's organisation; another organisation's one is not revealed. */
    ITEM_UNKNOWN("takedown-item-unknown", NOT_FOUND),
    NOTICE_UNKNOWN("takedown-notice-unknown", NOT_FOUND),
    PARTNER_UNKNOWN("takedown-partner-unknown", NOT_FOUND),
    /** A notice about content already confirmed removed. */
    ALREADY_REMOVED("takedown-already-removed", CONFLICT),
    /** A re-check or a confirmation of a removal that was already confirmed. */
    REMOVAL_ALREADY_CONFIRMED("takedown-removal-already-confirmed", CONFLICT),
    /** National rules ({@code protego.takedown.law-enforcement-first}) want law enforcement to hear first. */
    LAW_ENFORCEMENT_FIRST("takedown-law-enforcement-first", CONFLICT),
    NOTICE_ALREADY_ACKNOWLEDGED("takedown-notice-already-acknowledged", CONFLICT),
    RECIPIENT_KIND_REQUIRED("recipient-kind-required", BAD_REQUEST),
    /** No provider or upstream in the directory for the item; the argument names the kind of recipient. */
    RECIPIENT_UNKNOWN("recipient-unknown", BAD_REQUEST),
    /** No partner of the kind marked for the country; the arguments name the kind and the country. */
    RECIPIENT_NOT_MARKED("recipient-not-marked", BAD_REQUEST),
    PROVIDER_UNKNOWN("provider-unknown", BAD_REQUEST),
    PARTNER_KIND_INVALID("partner-kind-invalid", BAD_REQUEST),
    /** A directory text that is empty, too long or holds control characters; the argument is the longest allowed. */
    TEXT_INVALID("text-invalid", BAD_REQUEST),
    COUNTRY_UNKNOWN("country-unknown", BAD_REQUEST),
    LANGUAGE_INVALID("language-invalid", BAD_REQUEST),
    PERIOD_INVALID("period-invalid", BAD_REQUEST),
    STILL_AVAILABLE_REQUIRED("required", BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    TakedownError(String code, HttpStatus status) {
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
        return "takedown.error." + code;
    }
}
