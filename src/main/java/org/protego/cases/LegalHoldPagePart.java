package org.protego.cases;

import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The legal hold section: whether the case is held, why and by whom, and for a supervisor the form to hold or lift. */
@Component
class LegalHoldPagePart implements CasePagePart {

    private final CaseRetention retention;

    LegalHoldPagePart(CaseRetention retention) {
        this.retention = retention;
    }

    @Override
    public String fragment() {
        return "legal-hold";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void addTo(Model model, CaseView caseView) {
        model.addAttribute("legalHold", retention.holdOf(caseView.id()).orElse(null));
        model.addAttribute(
                "mayHoldCases",
                StaffMember.current().map(me -> me.has(Role.SUPERVISOR)).orElse(false));
    }
}
