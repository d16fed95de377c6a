package org.protego.referrals;

import java.util.UUID;
import org.protego.cases.CasePageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The case page's Referrals section: each referral of the case with its state and clock, and a way to refer. */
@Component
class ReferralsCaseSection implements CasePageSection {

    private final ReferralManagement referrals;

    ReferralsCaseSection(ReferralManagement referrals) {
        this.referrals = referrals;
    }

    @Override
    public String template() {
        return "referrals/case-section";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void addTo(Model model, UUID caseId, String caseState) {
        model.addAttribute("caseReferrals", referrals.ofCaseOnItsPage(caseId));
        model.addAttribute("mayRefer", "open".equals(caseState));
    }
}
