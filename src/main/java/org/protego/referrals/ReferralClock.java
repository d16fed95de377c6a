package org.protego.referrals;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Looks for overdue referrals every {@code protego.referrals.check-interval}, to remind and escalate them. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReferralClock implements SchedulingConfigurer {

    private final ReferralReminders reminders;
    private final Clock clock;
    private final Duration interval;

    ReferralClock(ReferralReminders reminders, Clock clock, ReferralSettings settings) {
        this.reminders = reminders;
        this.clock = clock;
        this.interval = settings.checkInterval();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::check, interval, interval));
    }

    void check() {
        reminders.remindAndEscalate(clock.instant());
    }
}
