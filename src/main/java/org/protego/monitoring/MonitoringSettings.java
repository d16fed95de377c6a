package org.protego.monitoring;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The monitoring settings under {@code protego.monitoring}, checked at start-up.
 *
 * @param minimumCount the smallest count of people or items an indicator publishes; smaller ones are withheld
 * @param checkInterval how often overdue commitments are looked for and their owners reminded
 * @param remindEvery how long after a reminder the owner of a still overdue commitment is reminded again
 * @param annualReportDue how long after the end of a year its annual report may be published before it is overdue
 * @param liveLag how far live figures may lag behind the facts: a request is answered from figures computed within
 *     this time while newer ones are computed in the background, rather than wait for them; zero always waits
 * @param firstCheckAfter how long after start-up overdue commitments are first looked for
 */
@ConfigurationProperties("protego.monitoring")
record MonitoringSettings(
        @DefaultValue("5") int minimumCount,
        @DefaultValue("PT1H") Duration checkInterval,
        @DefaultValue("P30D") Duration remindEvery,
        @DefaultValue("P3M") Period annualReportDue,
        @DefaultValue("PT1M") Duration liveLag,
        @DefaultValue("PT1M") Duration firstCheckAfter) {

    MonitoringSettings {
        if (minimumCount < 3) {
            throw new IllegalArgumentException("protego.monitoring.minimum-count must be 3 or more; it is "
                    + minimumCount
                    + ". Counts of one or two people can be recognised, so they are never published.");
        }
        positive("check-interval", checkInterval);
        positive("remind-every", remindEvery);
        if (annualReportDue == null || annualReportDue.isNegative() || annualReportDue.isZero()) {
            throw new IllegalArgumentException(
                    "protego.monitoring.annual-report-due must be a positive period, for example P3M");
        }
        if (liveLag == null || liveLag.isNegative() || liveLag.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("protego.monitoring.live-lag must be between PT0S and PT1M; it is "
                    + liveLag
                    + ". Live figures are promised to be at most a minute old.");
        }
        positive("first-check-after", firstCheckAfter);
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(
                    "protego.monitoring." + name + " must be a positive duration, for example PT1H or P30D");
        }
    }
}
