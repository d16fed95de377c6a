package org.protego.cases;

import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.reports.ReportManagement;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Where the case came from: the report or helpline contact it was opened from, of what kind, with a link to the report
 * for those who may read reports. What the reporter wrote is never shown here.
 */
@Component
class OriginPagePart implements CasePagePart {

    private final ReportManagement reports;

    OriginPagePart(ReportManagement reports) {
        this.reports = reports;
    }

    @Override
    public String fragment() {
        return "origin";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void addTo(Model model, CaseView caseView) {
        if (caseView.reportReference() == null) {
            return;
        }
        model.addAttribute(
                "caseSource", reports.caseSource(caseView.reportReference()).orElse(null));
        StaffMember viewer = StaffMember.required();
        model.addAttribute("mayReadReport", viewer.has(Role.SUPERVISOR) || viewer.has(Role.ANALYST));
    }

    @Override
    public boolean shownToPanelReaders() {
        return true;
    }
}
