package org.protego.shared;

import org.springframework.http.HttpStatus;

/** Refusals that belong to no one module: what Spring itself refuses before a module sees the request. */
public enum SharedError implements ErrorCode {
    /** Bean Validation refused a field; the message is the constraint's own. */
    FIELD_INVALID(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    SharedError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String messageKey() {
        return "error." + code();
    }
}
