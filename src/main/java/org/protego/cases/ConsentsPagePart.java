package org.protego.cases;

import java.util.Arrays;
import java.util.List;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The consents section: each consent with its state, the form to record one, and supervisors' overrides. */
@Component
class ConsentsPagePart implements CasePagePart {

    private final CaseConsents consents;

    ConsentsPagePart(CaseConsents consents) {
        this.consents = consents;
    }

    @Override
    public String fragment() {
        return "consents";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void addTo(Model model, CaseView caseView) {
        model.addAttribute("caseConsents", consents.consents(caseView.id(), null));
        model.addAttribute("consentPurposes", purposeCodes());
        model.addAttribute("consentGivers", List.of("child", "guardian"));
        model.addAttribute("mayOverrideConsent", StaffMember.required().has(Role.SUPERVISOR));
    }

    private static List<String> purposeCodes() {
        return Arrays.stream(ConsentPurpose.values()).map(ConsentPurpose::code).toList();
    }
}
