package org.protego.takedown;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.shared.ConflictException;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.protego.triage.TriageManagement;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The analyst's takedown pages, the provider and partner directory, and the monitor's timing indicators. */
@Controller
@RequestMapping("/staff")
class TakedownController {

    private final TakedownManagement takedown;
    private final TriageManagement triage;

    TakedownController(TakedownManagement takedown, TriageManagement triage) {
        this.takedown = takedown;
        this.triage = triage;
    }

    @GetMapping("/takedown")
    String openItems(Model model) {
        model.addAttribute("items", takedown.openItems());
        return "takedown/list";
    }

    @GetMapping("/takedown/{urlItemId}")
    String item(@PathVariable UUID urlItemId, Model model) {
        var item = takedown.item(urlItemId);
        if (item.isEmpty()) {
            // The takedown is opened by a listener once the assessment is committed; until then the analyst is told
            // it is on its way rather than that it does not exist.
            if (isAssessedIllegal(urlItemId)) {
                model.addAttribute("urlItemId", urlItemId);
                return "takedown/preparing";
            }
            throw new NotFoundException("No takedown for " + urlItemId);
        }
        model.addAttribute("item", item.get());
        model.addAttribute("providers", takedown.providers());
        model.addAttribute("ladder", takedown.ladder());
        return "takedown/item";
    }

    private boolean isAssessedIllegal(UUID urlItemId) {
        var assessment = triage.itemWithoutNote(urlItemId).currentAssessment();
        return assessment != null && assessment.outcome().isIllegal();
    }

    @PostMapping("/takedown/{urlItemId}/notices")
    String sendNotice(
            @PathVariable UUID urlItemId,
            @RequestParam RecipientKind recipientKind,
            @RequestParam(required = false) UUID providerId,
            Model model,
            HttpServletResponse response) {
        try {
            takedown.sendNotice(urlItemId, new SendNotice(recipientKind, providerId));
            return "redirect:/staff/takedown/" + urlItemId + "?sent";
        } catch (InvalidRequestException | ConflictException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("noticeError", e.getMessage());
            if (e instanceof InvalidRequestException invalid
                    && invalid.problems().stream()
                            .anyMatch(p -> p.code().equals(TakedownManagement.RECIPIENT_NOT_MARKED))) {
                model.addAttribute("recipientNotMarked", recipientKind);
            }
            return item(urlItemId, model);
        }
    }

    @PostMapping("/takedown/notices/{noticeId}/acknowledgement")
    String acknowledge(@PathVariable UUID noticeId, @RequestParam UUID urlItemId) {
        takedown.acknowledge(noticeId);
        return "redirect:/staff/takedown/" + urlItemId;
    }

    @PostMapping("/takedown/{urlItemId}/rechecks")
    String recheck(@PathVariable UUID urlItemId, @RequestParam boolean stillAvailable) {
        takedown.recordRecheck(urlItemId, stillAvailable);
        return "redirect:/staff/takedown/" + urlItemId;
    }

    @PostMapping("/takedown/{urlItemId}/removal")
    String confirmRemoval(@PathVariable UUID urlItemId) {
        takedown.confirmRemoval(urlItemId);
        return "redirect:/staff/takedown/" + urlItemId + "?removed";
    }

    @GetMapping("/takedown/directory")
    String directory(Model model) {
        model.addAttribute("providers", takedown.providers());
        model.addAttribute("partners", takedown.partners());
        model.addAttribute("owners", takedown.directoryOwners());
        StaffMember viewer = StaffMember.required();
        // Only analysts change the directory, and only their own organisation's entries: nobody else gets buttons.
        model.addAttribute("changeableOrganisation", viewer.has(Role.ANALYST) ? viewer.organisationId() : null);
        return "takedown/directory";
    }

    @PostMapping("/takedown/directory/providers")
    String addProvider(
            @RequestParam String name,
            @RequestParam String abuseContact,
            @RequestParam String country,
            @RequestParam String language,
            @RequestParam(required = false) UUID upstreamId,
            Model model,
            HttpServletResponse response) {
        try {
            takedown.addProvider(name, abuseContact, country, language, upstreamId);
            return "redirect:/staff/takedown/directory?added";
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems());
            return directory(model);
        }
    }

    @PostMapping("/takedown/directory/partners")
    String addPartner(
            @RequestParam RecipientKind kind,
            @RequestParam String name,
            @RequestParam String contact,
            @RequestParam String country,
            @RequestParam String language,
            @RequestParam(defaultValue = "false") boolean recipientForCountry,
            Model model,
            HttpServletResponse response) {
        try {
            takedown.addPartner(kind, name, contact, country, language, recipientForCountry);
            return "redirect:/staff/takedown/directory?added";
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems());
            return directory(model);
        }
    }

    @PostMapping("/takedown/directory/partners/{partnerId}/recipient")
    String markRecipient(@PathVariable UUID partnerId) {
        takedown.markRecipient(partnerId);
        return "redirect:/staff/takedown/directory?recipient";
    }

    @PostMapping("/takedown/directory/partners/{partnerId}/recipient/removal")
    String unmarkRecipient(@PathVariable UUID partnerId) {
        takedown.unmarkRecipient(partnerId);
        return "redirect:/staff/takedown/directory?recipient";
    }

    @GetMapping("/indicators")
    String indicators(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate end = to == null ? LocalDate.now() : to;
        LocalDate start = from == null ? end.minusDays(90) : from;
        model.addAttribute("indicators", takedown.indicators(start, end));
        return "takedown/indicators";
    }
}
