package org.protego.feedback;

import java.util.UUID;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff pages of children's feedback: a service's figures, and the forms of the case page's feedback section. */
@Controller
class FeedbackStaffController {

    private final FeedbackCodes codes;
    private final FeedbackContacts contacts;
    private final FeedbackAggregates aggregates;

    FeedbackStaffController(FeedbackCodes codes, FeedbackContacts contacts, FeedbackAggregates aggregates) {
        this.codes = codes;
        this.contacts = contacts;
        this.aggregates = aggregates;
    }

    @GetMapping("/staff/feedback")
    String services(Model model) {
        model.addAttribute("services", aggregates.services());
        return "feedback/services";
    }

    @GetMapping("/staff/feedback/services/{serviceId}")
    String service(@PathVariable UUID serviceId, Model model) {
        model.addAttribute("figures", aggregates.of(serviceId));
        return "feedback/service";
    }

    /** The code goes to the next page through the session's flash, so that it is shown once and not kept in a URL. */
    @PostMapping("/staff/cases/{id}/feedback-codes")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String issue(@PathVariable UUID id, @RequestParam UUID referral, RedirectAttributes redirect) {
        redirect.addFlashAttribute("issuedCode", codes.issue(referral));
        return "redirect:/staff/cases/" + id + "/feedback-code";
    }

    @GetMapping("/staff/cases/{id}/feedback-code")
    String issued(@PathVariable UUID id, Model model) {
        if (!model.containsAttribute("issuedCode")) {
            return "redirect:/staff/cases/" + id;
        }
        model.addAttribute("caseId", id);
        return "feedback/code-issued";
    }

    @PostMapping("/staff/cases/{id}/feedback-requests/{requestId}/handled")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String handled(@PathVariable UUID id, @PathVariable UUID requestId) {
        contacts.markHandled(id, requestId);
        return "redirect:/staff/cases/" + id + "#children-feedback";
    }
}
