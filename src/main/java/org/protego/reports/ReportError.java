package org.protego.reports;

import java.util.Locale;
import org.protego.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Every reason a report, a submission or a look-up is refused. The code goes into problem details and the message key
 * ({@code reports.error.<code>}) words it for the API and staff pages; the public form words the same field problems
 * for children under {@code report.error.<code>}.
 */
public enum ReportError implements ErrorCode {
    CATEGORY_UNKNOWN,
    URL_REQUIRED,
    TOO_MANY_URLS,
    URL_INVALID,
    URL_SCHEME_UNSUPPORTED,
    URL_WITHOUT_HOST,
    URL_TOO_LONG,
    DESCRIPTION_REQUIRED,
    DESCRIPTION_TOO_LONG,
    CONTROL_CHARACTERS,
    COUNTRY_UNKNOWN,
    DATE_INVALID,
    LANGUAGE_UNSUPPORTED,
    CONTACT_TOO_LONG,
    CHANNEL_UNKNOWN,
    /** An industry submission holds no URL, or more than one request may carry. */
    URLS_COUNT,
    IDEMPOTENCY_KEY_INVALID,
    /** The key came before with a different request; its first answer belongs to that request. */
    IDEMPOTENCY_KEY_REUSED(HttpStatus.CONFLICT),
    REPORT_NOT_FOUND(HttpStatus.NOT_FOUND),
    SUBMISSION_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** Reference and follow-up code do not name one report; which of the two is wrong is not said. */
    NO_REPORT_MATCHES(HttpStatus.NOT_FOUND),
    REPORT_ALREADY_CLOSED(HttpStatus.CONFLICT),
    /** A change of status the report's state machine does not have (see docs/states/reports.md). */
    STATUS_CHANGE_NOT_ALLOWED(HttpStatus.CONFLICT);

    private final HttpStatus status;

    ReportError() {
        this(HttpStatus.BAD_REQUEST);
    }

    ReportError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String messageKey() {
        return "reports.error." + code();
    }
}
