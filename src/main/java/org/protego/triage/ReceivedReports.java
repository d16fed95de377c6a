package org.protego.triage;

import org.protego.reports.ReportReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Files every received report into triage, after its intake committed; redelivery after a crash is harmless. */
@Component
class ReceivedReports {

    private final TriageManagement triage;

    ReceivedReports(TriageManagement triage) {
        this.triage = triage;
    }

    @ApplicationModuleListener
    void on(ReportReceived event) {
        triage.fileReceivedReport(event);
    }
}
