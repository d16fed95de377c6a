package org.protego.feedback;

import java.util.UUID;
import org.protego.cases.CasePageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** "Children's feedback" on the case page: the child's requests to be contacted, and codes to give for referrals. */
@Component
class FeedbackCaseSection implements CasePageSection {

    private final FeedbackContacts contacts;

    FeedbackCaseSection(FeedbackContacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public String template() {
        return "feedback/case-section";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void addTo(Model model, UUID caseId, String caseState) {
        model.addAttribute("feedbackCaseId", caseId);
        model.addAttribute("feedbackRequests", contacts.ofCase(caseId));
        model.addAttribute("feedbackReferrals", contacts.referralsForCodes(caseId));
    }
}
