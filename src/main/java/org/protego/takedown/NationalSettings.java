package org.protego.takedown;

import org.protego.shared.CountryCode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deployment's own country, {@code protego.country}, checked at start-up: the law enforcement partner an
 * organisation marked as its recipient for that country is its national focal point. Takedown is its only reader, so
 * it lives here; it has a record of its own because it sits outside {@code protego.takedown}.
 *
 * @param country an ISO 3166 two-letter code, or empty when the deployment names none
 */
@ConfigurationProperties("protego")
record NationalSettings(String country) {

    NationalSettings {
        if (country == null || country.isBlank()) {
            country = null;
        } else if (CountryCode.isValid(country)) {
            country = CountryCode.parse(country).value();
        } else {
            throw new IllegalArgumentException(
                    "protego.country must be an ISO 3166 two-letter country code such as MT, or empty; it is '"
                            + country + "'");
        }
    }
}
