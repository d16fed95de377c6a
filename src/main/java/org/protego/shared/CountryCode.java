package org.protego.shared;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case. */
public record CountryCode(String value) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    public CountryCode {
        if (value == null || !ISO_COUNTRIES.contains(value)) {
            throw new IllegalArgumentException("Not an ISO 3166-1 alpha-2 country code: " + value);
        }
    }

    /** Reads a code typed by a person, in any case and with surrounding spaces. */
    public static CountryCode parse(String text) {
        return new CountryCode(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String text) {
        return text != null && ISO_COUNTRIES.contains(text.trim().toUpperCase(Locale.ROOT));
    }

    /** The country's name in the given language, for display. */
    public String displayName(Locale locale) {
        return new Locale.Builder().setRegion(value).build().getDisplayCountry(locale);
    }

    @Override
    public String toString() {
        return value;
    }
}
