package org.protego.cases;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs retention on its own at {@code protego.cases.retention-run-cron}, as the system, unless that is {@code -}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({RetentionSettings.class, DeploymentCountry.class})
class RetentionSchedule implements SchedulingConfigurer {

    private final CaseRetention retention;
    private final RetentionSettings settings;

    RetentionSchedule(CaseRetention retention, RetentionSettings settings) {
        this.retention = retention;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (settings.scheduled()) {
            tasks.addCronTask(new CronTask(retention::runNow, settings.retentionRunCron()));
        }
    }
}
