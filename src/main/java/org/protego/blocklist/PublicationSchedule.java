package org.protego.blocklist;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Publishes pending changes as a new version at a configurable interval, batching everything since the last one. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PublicationSchedule implements SchedulingConfigurer {

    private final BlocklistManagement blocklist;
    private final BlocklistSettings settings;

    PublicationSchedule(BlocklistManagement blocklist, BlocklistSettings settings) {
        this.blocklist = blocklist;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        Duration interval = settings.publishInterval();
        registrar.addFixedDelayTask(new FixedDelayTask(this::publish, interval, interval));
    }

    void publish() {
        blocklist.publishPendingChanges("system");
    }
}
