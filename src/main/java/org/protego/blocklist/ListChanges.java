package org.protego.blocklist;

import org.protego.takedown.RemovalConfirmed;
import org.protego.triage.UrlAssessed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Lists what triage found illegal and delists what takedown confirmed removed. */
@Component
class ListChanges {

    private final BlocklistManagement blocklist;

    ListChanges(BlocklistManagement blocklist) {
        this.blocklist = blocklist;
    }

    @ApplicationModuleListener
    void on(UrlAssessed assessed) {
        blocklist.listAssessedItem(assessed);
    }

    @ApplicationModuleListener
    void on(RemovalConfirmed removal) {
        blocklist.delistItem(removal.urlItemId(), removal.removedAt());
    }
}
