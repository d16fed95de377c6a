package org.protego.monitoring;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Looks for overdue commitments soon after start-up, so that a fresh installation already counts the overdue ones, then
 * every {@code protego.monitoring.check-interval}, to remind their owners.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CommitmentClock implements SchedulingConfigurer {

    private final CommitmentReminders reminders;
    private final Clock clock;
    private final Duration interval;
    private final Duration firstAfter;

    CommitmentClock(CommitmentReminders reminders, Clock clock, MonitoringSettings settings) {
        this.reminders = reminders;
        this.clock = clock;
        this.interval = settings.checkInterval();
        this.firstAfter = settings.firstCheckAfter();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::check, interval, firstAfter));
    }

    void check() {
        reminders.remind(clock.instant());
    }
}
