package org.protego.cases;

import java.util.Optional;
import org.protego.shared.CountryCode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deployment's own country, {@code protego.country}, whose option lists registration checks against. Takedown
 * binds the same setting for its own use; cases does not depend on takedown, so it reads it itself.
 *
 * @param country an ISO 3166 two-letter code, or empty when the deployment names none
 */
@ConfigurationProperties("protego")
record DeploymentCountry(String country) {

    DeploymentCountry {
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

    Optional<String> code() {
        return Optional.ofNullable(country);
    }
}
