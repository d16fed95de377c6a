package org.protego.monitoring;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Looks for overdue commitments every {@code protego.monitoring.check-interval}, to remind their owners. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CommitmentClock implements SchedulingConfigurer {

    private final CommitmentReminders reminders;
    private final Clock clock;
    private final Duration interval;

    CommitmentClock(CommitmentReminders reminders, Clock clock, MonitoringSettings settings) {
        this.reminders = reminders;
        this.clock = clock;
        this.interval = settings.checkInterval();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::check, interval, interval));
    }

    void check() {
        reminders.remind(clock.instant());
    }
}
