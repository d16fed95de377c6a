package org.protego.cases;

import java.util.Arrays;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The best-interests section: the assessment and its revisions, and the determinations with their panels' views,
 * with the forms the reader may use (a case worker writes and requests, a panel supervisor records a view and the
 * decision). Its reads are audited by the facade.
 */
@Component
class BestInterestsPagePart implements CasePagePart {

    private final BestInterestsManagement bestInterests;

    BestInterestsPagePart(BestInterestsManagement bestInterests) {
        this.bestInterests = bestInterests;
    }

    @Override
    public String fragment() {
        return "best-interests";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void addTo(Model model, CaseView caseView) {
        boolean editable = caseView.state().equals(CaseState.OPEN.code())
                || caseView.state().equals(CaseState.CLOSURE_REQUESTED.code());
        model.addAttribute("assessments", bestInterests.assessments(caseView.id(), null));
        model.addAttribute("determinations", bestInterests.determinations(caseView.id(), null));
        model.addAttribute(
                "bestInterestsWriter", editable && StaffMember.required().has(Role.CASE_WORKER));
        model.addAttribute("bestInterestsEditable", editable);
        model.addAttribute(
                "decisionTypes",
                Arrays.stream(DecisionType.values()).map(DecisionType::code).toList());
        model.addAttribute(
                "panelPositions",
                Arrays.stream(PanelPosition.values()).map(PanelPosition::code).toList());
        model.addAttribute(
                "determinationDecisions",
                Arrays.stream(DeterminationDecision.values())
                        .map(DeterminationDecision::code)
                        .toList());
    }

    @Override
    public boolean shownToPanelReaders() {
        return true;
    }
}
