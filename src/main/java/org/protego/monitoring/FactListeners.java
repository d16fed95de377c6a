package org.protego.monitoring;

import org.protego.cases.CaseRegistered;
import org.protego.cases.GuardianAppointed;
import org.protego.referrals.ReferralStateChanged;
import org.protego.reports.ReportReceived;
import org.protego.takedown.RemovalConfirmed;
import org.protego.triage.UrlAssessed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens to the events monitoring counts, after the publishers' transactions commit and in transactions of its own,
 * so that monitoring never slows or breaks the work that published them; the event publication registry retries what
 * failed.
 */
@Component
class FactListeners {

    private final FactRecorder recorder;

    FactListeners(FactRecorder recorder) {
        this.recorder = recorder;
    }

    @ApplicationModuleListener
    void on(ReportReceived event) {
        recorder.record(event);
    }

    @ApplicationModuleListener
    void on(UrlAssessed event) {
        recorder.record(event);
    }

    @ApplicationModuleListener
    void on(RemovalConfirmed event) {
        recorder.record(event);
    }

    @ApplicationModuleListener
    void on(CaseRegistered event) {
        recorder.record(event);
    }

    @ApplicationModuleListener
    void on(GuardianAppointed event) {
        recorder.record(event);
    }

    @ApplicationModuleListener
    void on(ReferralStateChanged event) {
        recorder.record(event);
    }
}
