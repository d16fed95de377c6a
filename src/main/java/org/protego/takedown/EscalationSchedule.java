package org.protego.takedown;

import java.time.Clock;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Climbs the escalation ladder for every item whose wait is over, at a configurable interval. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EscalationSchedule {

    private final TakedownManagement takedown;
    private final Clock clock;

    EscalationSchedule(TakedownManagement takedown, Clock clock) {
        this.takedown = takedown;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${protego.takedown.escalation-check-interval}",
            initialDelayString = "${protego.takedown.escalation-check-interval}")
    void escalate() {
        takedown.escalateDue(clock.instant());
    }
}
