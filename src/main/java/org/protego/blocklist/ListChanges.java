package org.protego.blocklist;

import org.protego.takedown.RemovalConfirmed;
import org.protego.triage.UrlAssessed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Lists what triage found illegal and delists what takedown confirmed removed. */
@Component
class ListChanges {

    private final ItemEntries itemEntries;

    ListChanges(ItemEntries itemEntries) {
        this.itemEntries = itemEntries;
    }

    @ApplicationModuleListener
    void on(UrlAssessed assessed) {
        itemEntries.listAssessedItem(assessed);
    }

    @ApplicationModuleListener
    void on(RemovalConfirmed removal) {
        itemEntries.unlistItem(removal.urlItemId(), removal.removedAt(), "system");
    }
}
