package org.protego.takedown;

import org.protego.triage.UrlAssessed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Opens a takedown for every URL assessed as illegal. */
@Component
class AssessedUrls {

    private final TakedownManagement takedown;

    AssessedUrls(TakedownManagement takedown) {
        this.takedown = takedown;
    }

    @ApplicationModuleListener
    void on(UrlAssessed assessed) {
        takedown.open(assessed);
    }
}
