package org.protego.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronExpression;

/**
 * When retention runs on its own, under {@code protego.cases}, checked at start-up. It has a record of its own so that
 * the other parts of the cases module can change theirs without touching it.
 *
 * @param retentionRunCron when the retention run anonymises due closed cases and empties due histories: a Spring
 *     cron expression (second minute hour day month weekday), or {@code -} for never (an administrator still runs it
 *     from /admin/retention)
 */
@ConfigurationProperties("protego.cases")
record RetentionSettings(@DefaultValue("0 30 3 * * *") String retentionRunCron) {

    RetentionSettings {
        if (retentionRunCron == null
                || !(ScheduledTaskRegistrar.CRON_DISABLED.equals(retentionRunCron.strip())
                        || CronExpression.isValidExpression(retentionRunCron.strip()))) {
            throw new IllegalArgumentException(
                    "protego.cases.retention-run-cron must be a cron expression such as 0 30 3 * * * (every day at"
                            + " 03:30) or - for never; it is '" + retentionRunCron + "'");
        }
        retentionRunCron = retentionRunCron.strip();
    }

    boolean scheduled() {
        return !ScheduledTaskRegistrar.CRON_DISABLED.equals(retentionRunCron);
    }
}
