package org.protego.hashes;

import java.util.Locale;
import org.protego.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Every reason the hashes module refuses a request. Several constants may share a code where the API always answered
 * one code for them; each has its own message ({@code hashes.error.<constant>}).
 */
public enum HashError implements ErrorCode {
    ALGORITHM_UNKNOWN("algorithm-unknown"),
    HASH_MALFORMED("hash-malformed"),
    QUERY_HASH_MALFORMED("hash-malformed"),
    CLASSIFICATION_UNKNOWN("classification-unknown"),
    /** A series given with a new entry: it may be left out, but not be too long. */
    SERIES_INVALID("series-invalid"),
    /** A series an entry is put into: it must be named. */
    SERIES_REQUIRED("series-invalid"),
    LIST_INVALID("list-invalid"),
    HASHES_COUNT("hashes-count"),
    DISTANCE_INVALID("distance-invalid"),
    HASH_MISSING("hash-missing"),
    VARIANTS_INVALID("variants-invalid"),
    LINE_INVALID("hash-line-invalid"),
    CSV_MALFORMED("csv-malformed"),
    FILE_SIZE("file-size"),
    LIST_NOT_FOUND("list-not-found", HttpStatus.NOT_FOUND),
    ENTRY_NOT_FOUND("entry-not-found", HttpStatus.NOT_FOUND),
    /** Only the analysts and administrators of the organisation that owns a list change it. */
    LIST_NOT_OWNED("list-not-owned", HttpStatus.FORBIDDEN),
    /** The caller may read the entry, through a licence, but only the owning organisation changes it. */
    ENTRY_NOT_OWNED("entry-not-owned", HttpStatus.FORBIDDEN);

    private final String code;
    private final HttpStatus status;

    HashError(String code) {
        this(code, HttpStatus.BAD_REQUEST);
    }

    HashError(String code, HttpStatus status) {
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
        return "hashes.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
