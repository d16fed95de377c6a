package org.protego.directory;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import org.protego.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Every reason the directory refuses a request. */
public enum DirectoryError implements ErrorCode {

    // search
    /** A search criterion that is not valid; the argument says what is allowed. */
    SEARCH_CRITERION_INVALID("directory-search-criterion-invalid", BAD_REQUEST),

    // HSDS import
    /** A member HSDS (or Protego) requires is missing; the argument is its JSON Pointer. */
    HSDS_FIELD_REQUIRED("directory-hsds-field-required", BAD_REQUEST),
    /** A member's value is not what HSDS expects; the arguments are its JSON Pointer and what is expected. */
    HSDS_FIELD_INVALID("directory-hsds-field-invalid", BAD_REQUEST),
    /** A service's minimum age is above its maximum age. */
    HSDS_AGE_RANGE("directory-hsds-age-range", BAD_REQUEST),
    /** The same service id appears twice in one import. */
    HSDS_DUPLICATE_ID("directory-hsds-duplicate-id", BAD_REQUEST),
    /** An uploaded file that is empty, too large or not JSON. */
    HSDS_FILE_UNREADABLE("directory-hsds-file-unreadable", BAD_REQUEST),
    /** A service provider may import services only for its own organisation. */
    IMPORT_FOR_OTHER_ORGANISATION("directory-import-for-other-organisation", FORBIDDEN),
    /** The service id is already taken by a service of another organisation. */
    SERVICE_OF_OTHER_ORGANISATION("directory-service-of-other-organisation", CONFLICT),
    /** The organization id is already taken by another organisation's directory entry. */
    ORGANIZATION_ID_TAKEN("directory-organization-id-taken", CONFLICT),

    // HSDS read API
    /** No service with this id. */
    SERVICE_NOT_FOUND("directory-service-not-found", NOT_FOUND),
    /** No organization with this id. */
    ORGANIZATION_NOT_FOUND("directory-organization-not-found", NOT_FOUND),
    /** A read API parameter that is not valid; the arguments name it and what is allowed. */
    HSDS_PARAMETER_INVALID("directory-hsds-parameter-invalid", BAD_REQUEST);

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
