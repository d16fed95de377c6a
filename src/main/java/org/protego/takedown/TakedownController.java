package org.protego.takedown;

import java.time.LocalDate;
import java.util.UUID;
import org.protego.shared.NotFoundException;
import org.protego.shared.ReturnsOnRefusalTo;
import org.protego.triage.TriageManagement;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analyst's takedown pages and the monitor's timing indicators. A refused action returns to the item's page,
 * which says why.
 */
@Controller
@RequestMapping("/staff")
class TakedownController {

    private static final String ITEM_PAGE = "/staff/takedown/{urlItemId}";

    private final TakedownManagement takedown;
    private final ProviderDirectory directory;
    private final TimingIndicators timing;
    private final TriageManagement triage;

    TakedownController(
            TakedownManagement takedown,
            ProviderDirectory directory,
            TimingIndicators timing,
            TriageManagement triage) {
        this.takedown = takedown;
        this.directory = directory;
        this.timing = timing;
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
            throw new NotFoundException(TakedownError.ITEM_UNKNOWN, urlItemId);
        }
        model.addAttribute("item", item.get());
        model.addAttribute("providers", directory.providers());
        model.addAttribute("ladder", takedown.ladder());
        return "takedown/item";
    }

    private boolean isAssessedIllegal(UUID urlItemId) {
        var assessment = triage.itemWithoutNote(urlItemId).currentAssessment();
        return assessment != null && assessment.outcome().isIllegal();
    }

    @PostMapping("/takedown/{urlItemId}/notices")
    @ReturnsOnRefusalTo(ITEM_PAGE)
    String sendNotice(
            @PathVariable UUID urlItemId,
            @RequestParam RecipientKind recipientKind,
            @RequestParam(required = false) UUID providerId) {
        takedown.sendNotice(urlItemId, new SendNotice(recipientKind, providerId));
        return "redirect:/staff/takedown/" + urlItemId + "?sent";
    }

    @PostMapping("/takedown/{urlItemId}/notices/{noticeId}/acknowledgement")
    @ReturnsOnRefusalTo(ITEM_PAGE)
    String acknowledge(@PathVariable UUID urlItemId, @PathVariable UUID noticeId) {
        takedown.acknowledge(noticeId);
        return "redirect:/staff/takedown/" + urlItemId;
    }

    @PostMapping("/takedown/{urlItemId}/rechecks")
    @ReturnsOnRefusalTo(ITEM_PAGE)
    String recheck(@PathVariable UUID urlItemId, @RequestParam boolean stillAvailable) {
        takedown.recordRecheck(urlItemId, stillAvailable);
        return "redirect:/staff/takedown/" + urlItemId;
    }

    @PostMapping("/takedown/{urlItemId}/removal")
    @ReturnsOnRefusalTo(ITEM_PAGE)
    String confirmRemoval(@PathVariable UUID urlItemId) {
        takedown.confirmRemoval(urlItemId);
        return "redirect:/staff/takedown/" + urlItemId + "?removed";
    }

    @GetMapping("/indicators")
    String indicators(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate end = to == null ? LocalDate.now() : to;
        LocalDate start = from == null ? end.minusDays(90) : from;
        model.addAttribute("indicators", timing.between(start, end));
        return "takedown/indicators";
    }
}
