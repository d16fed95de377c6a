package org.protego.directory;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import org.protego.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Every reason the directory refuses a request. */
public enum DirectoryError implements ErrorCode {

    // the service pages
    /** No service has this id. */
    SERVICE_UNKNOWN("directory-service-unknown", NOT_FOUND),
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
