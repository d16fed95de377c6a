package org.protego.triage;

import java.util.Locale;
import org.protego.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Every reason triage refuses a request. Several constants may share a code where the API always answered one code
 * for them; each has its own message ({@code triage.error.<constant>}) so that a page can say exactly what is wrong.
 */
public enum TriageError implements ErrorCode {
    URL_ITEM_NOT_FOUND("url-item-not-found", HttpStatus.NOT_FOUND),
    /** An assessment dated before the item's current one could never become current: the newest holds. */
    ASSESSMENT_OLDER_THAN_CURRENT("assessment-older-than-current", HttpStatus.CONFLICT),
    /** A move the URL item's state machine does not have (see docs/states/triage.md). */
    URL_ITEM_STATE_CHANGE_NOT_ALLOWED("url-item-state-change-not-allowed", HttpStatus.CONFLICT),
    OUTCOME_UNKNOWN("outcome-unknown"),
    AGE_BAND_UNKNOWN("age-band-unknown"),
    APPARENT_SEX_UNKNOWN("apparent-sex-unknown"),
    SITE_TYPE_UNKNOWN("site-type-unknown"),
    ADDRESS_INVALID("address-invalid"),
    COUNTRY_UNKNOWN("country-unknown"),
    NOTE_INVALID("note-invalid"),
    URL_BLANK("url-invalid"),
    URL_TOO_LONG("url-invalid"),
    URL_CONTROL_CHARACTERS("url-invalid"),
    URL_SCHEME_UNSUPPORTED("url-invalid"),
    URL_WITHOUT_HOST("url-invalid"),
    URL_MALFORMED("url-invalid"),
    IP_RANGE_INVALID("ip-range-invalid"),
    IP_RANGES_EMPTY("ip-ranges-empty"),
    IP_RANGE_FILE_SIZE("file-size");

    private final String code;
    private final HttpStatus status;

    TriageError(String code) {
        this(code, HttpStatus.BAD_REQUEST);
    }

    TriageError(String code, HttpStatus status) {
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
        return "triage.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
