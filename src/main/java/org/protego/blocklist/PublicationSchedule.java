package org.protego.blocklist;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Publishes pending changes as a new version at a configurable interval, batching everything since the last one. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PublicationSchedule {

    private final BlocklistManagement blocklist;

    PublicationSchedule(BlocklistManagement blocklist) {
        this.blocklist = blocklist;
    }

    @Scheduled(
            fixedDelayString = "${protego.blocklist.publish-interval}",
            initialDelayString = "${protego.blocklist.publish-interval}")
    void publish() {
        blocklist.publishPendingChanges("system");
    }
}
