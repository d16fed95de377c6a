package org.protego.cases;

import java.util.Arrays;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The closure section: past and pending closures, and the form the viewer may use now (ask, decide, reopen). */
@Component
class ClosurePagePart implements CasePagePart {

    private final ClosureManagement closures;

    ClosurePagePart(ClosureManagement closures) {
        this.closures = closures;
    }

    @Override
    public String fragment() {
        return "closure";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void addTo(Model model, CaseView caseView) {
        StaffMember me = StaffMember.required();
        String state = caseView.state();
        model.addAttribute("closures", closures.closures(caseView.id(), null));
        model.addAttribute(
                "closureReasons",
                Arrays.stream(ClosureReason.values()).map(ClosureReason::code).toList());
        model.addAttribute(
                "mayRequestClosure",
                me.has(Role.CASE_WORKER) && CaseState.OPEN.code().equals(state));
        boolean awaitingDecision = CaseState.CLOSURE_REQUESTED.code().equals(state);
        model.addAttribute(
                "mayDecideClosure",
                awaitingDecision && me.has(Role.SUPERVISOR) && !closures.closureRequestedByMe(caseView.id()));
        model.addAttribute("mayReopen", CaseState.CLOSED.code().equals(state));
    }
}
