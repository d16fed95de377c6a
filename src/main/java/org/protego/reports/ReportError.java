package org.protego.reports;

/** Every reason a report is refused; the code goes into problem details, the key into form messages. */
public enum ReportError {
    CATEGORY_UNKNOWN("category", "Choose one of the listed categories."),
    URL_REQUIRED("urls", "Give at least one web address for material seen online."),
    TOO_MANY_URLS("urls", "Give at most " + ReportValidator.MAX_URLS + " web addresses in one report."),
    URL_INVALID("urls", "This is not a web address that can be reported."),
    URL_SCHEME_UNSUPPORTED("urls", "Only http, https and ftp addresses can be reported."),
    URL_WITHOUT_HOST("urls", "The web address has no site name."),
    URL_TOO_LONG("urls", "The web address is too long."),
    DESCRIPTION_REQUIRED("description", "Say what happened, or give a web address."),
    DESCRIPTION_TOO_LONG("description", "Use at most " + ReportValidator.MAX_DESCRIPTION + " characters."),
    CONTROL_CHARACTERS("description", "The text contains characters that are not allowed."),
    COUNTRY_UNKNOWN("country", "Choose a country from the list."),
    DATE_INVALID("incidentDate", "Give the date as year-month-day, not in the future."),
    LANGUAGE_UNSUPPORTED("language", "This language is not offered."),
    CONTACT_TOO_LONG("contact", "Use at most " + ReportValidator.MAX_CONTACT + " characters."),
    CHANNEL_UNKNOWN("channel", "Choose how the contact was made.");

    private final String field;
    private final String detail;

    ReportError(String field, String detail) {
        this.field = field;
        this.detail = detail;
    }

    public String field() {
        return field;
    }

    public String detail() {
        return detail;
    }

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public String messageKey() {
        return "report.error." + code();
    }
}
