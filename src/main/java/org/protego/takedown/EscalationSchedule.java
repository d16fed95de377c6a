package org.protego.takedown;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Climbs the escalation ladder for every item whose wait is over, every {@code protego.takedown.escalation-check-interval}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EscalationSchedule implements SchedulingConfigurer {

    private final TakedownManagement takedown;
    private final Clock clock;
    private final Duration interval;

    EscalationSchedule(TakedownManagement takedown, Clock clock, TakedownSettings settings) {
        this.takedown = takedown;
        this.clock = clock;
        this.interval = settings.escalationCheckInterval();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::escalate, interval, interval));
    }

    void escalate() {
        takedown.escalateDue(clock.instant());
    }
}
