package org.protego.directory;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import org.protego.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Every reason the directory refuses a request. */
public enum DirectoryError implements ErrorCode {

    // the service pages
    /** A service without a name. */
    SERVICE_NAME_REQUIRED("directory-service-name-required", BAD_REQUEST),
    /** A status other than HSDS's active, inactive, defunct, temporarily closed. */
    SERVICE_STATUS_INVALID("directory-service-status-invalid", BAD_REQUEST),
    /** A text longer than the argument allows, or with control characters. */
    SERVICE_TEXT_INVALID("directory-service-text-invalid", BAD_REQUEST),
    /** An age that is not a whole number of years from 0 to the argument. */
    SERVICE_AGE_INVALID("directory-service-age-invalid", BAD_REQUEST),
    /** A minimum age above the maximum age. */
    SERVICE_AGE_RANGE_INVALID("directory-service-age-range-invalid", BAD_REQUEST),
    /** A sex other than female, male or any. */
    SERVICE_SEX_INVALID("directory-service-sex-invalid", BAD_REQUEST),
    /** Something that is not a language code; the argument is what was given. */
    SERVICE_LANGUAGE_INVALID("directory-service-language-invalid", BAD_REQUEST),
    /** A referral type that is not in Protego's taxonomy; the argument is what was given. */
    SERVICE_NEED_UNKNOWN("directory-service-need-unknown", BAD_REQUEST),
    /** A location without every part of the address HSDS requires; the argument is the location's number. */
    SERVICE_ADDRESS_INCOMPLETE("directory-service-address-incomplete", BAD_REQUEST),
    /** A location's country that is not a two-letter code; the argument is the location's number. */
    SERVICE_COUNTRY_INVALID("directory-service-country-invalid", BAD_REQUEST),
    /** Opening hours without a day, or without times in order; the arguments number the location and the row. */
    SERVICE_OPENING_INVALID("directory-service-opening-invalid", BAD_REQUEST),
    /** A contact's e-mail address that is not one. */
    SERVICE_EMAIL_INVALID("directory-service-email-invalid", BAD_REQUEST),
    /** An administrator's new service without the organisation that provides it. */
    SERVICE_ORGANISATION_REQUIRED("directory-service-organisation-required", BAD_REQUEST),
    /** More items of one kind than a service may have; the argument is the most allowed. */
    SERVICE_TOO_MANY_ITEMS("directory-service-too-many-items", BAD_REQUEST),

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
