package org.protego.cases;

import java.util.Arrays;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The care plan and follow-ups section: items with their due dates and overdue marks, and the forms to add more. */
@Component
class CarePlanPagePart implements CasePagePart {

    private final CarePlanManagement carePlans;

    CarePlanPagePart(CarePlanManagement carePlans) {
        this.carePlans = carePlans;
    }

    @Override
    public String fragment() {
        return "care-plan";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void addTo(Model model, CaseView caseView) {
        model.addAttribute("carePlan", carePlans.carePlan(caseView.id(), null));
        model.addAttribute("followUpPlan", carePlans.followUps(caseView.id(), null));
        model.addAttribute(
                "carePlanKinds",
                Arrays.stream(CarePlanItemKind.values())
                        .map(CarePlanItemKind::code)
                        .toList());
        model.addAttribute(
                "followUpKinds",
                Arrays.stream(FollowUpKind.values()).map(FollowUpKind::code).toList());
    }
}
