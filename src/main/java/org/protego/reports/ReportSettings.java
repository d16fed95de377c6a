package org.protego.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reports module's settings, checked at start-up: the numbers shown to people who need help now
 * ({@code protego.help.*}) and how many reports and status look-ups one client address may send a minute
 * ({@code protego.rate-limit.*}).
 *
 * @param help the numbers shown beside the report form and on its confirmation
 * @param rateLimit the limits per client address, IPv6 by its /64
 */
@ConfigurationProperties("protego")
record ReportSettings(
        @DefaultValue HelpNumbers help, @DefaultValue RateLimits rateLimit) {

    /**
     * How many requests one client may send a minute; zero turns a limit off.
     *
     * @param reportsPerMinute reports through the form or the API
     * @param statusLookupsPerMinute status look-ups, which a low limit keeps from guessing follow-up codes
     */
    record RateLimits(
            @DefaultValue("10") int reportsPerMinute,
            @DefaultValue("30") int statusLookupsPerMinute) {

        RateLimits {
            if (reportsPerMinute < 0) {
                throw new IllegalArgumentException(
                        "protego.rate-limit.reports-per-minute must be zero (no limit) or more, not "
                                + reportsPerMinute);
            }
            if (statusLookupsPerMinute < 0) {
                throw new IllegalArgumentException(
                        "protego.rate-limit.status-lookups-per-minute must be zero (no limit) or more, not "
                                + statusLookupsPerMinute);
            }
        }
    }
}
