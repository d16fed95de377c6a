package org.protego.directory;

import static org.springframework.http.HttpStatus.BAD_REQUEST;

import org.protego.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Every reason the directory refuses a request. */
public enum DirectoryError implements ErrorCode {

    // search
    /** A search criterion that is not valid; the argument says what is allowed. */
    SEARCH_CRITERION_INVALID("directory-search-criterion-invalid", BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    DirectoryError(String code, HttpStatus status) {
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
        return "directory.error." + code;
    }
}
