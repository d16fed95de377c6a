package org.protego.blocklist;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.protego.shared.ConflictException;
import org.protego.shared.InvalidRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The analyst's block list pages: versions, held versions to approve, an item's entries, appeals. */
@Controller
@RequestMapping("/staff/blocklist")
class BlocklistController {

    private final BlocklistManagement blocklist;

    BlocklistController(BlocklistManagement blocklist) {
        this.blocklist = blocklist;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("versions", blocklist.recentVersions());
        model.addAttribute("appeals", blocklist.appeals());
        return "blocklist/overview";
    }

    @PostMapping("/publish")
    String publish() {
        blocklist.publishNow();
        return "redirect:/staff/blocklist?published";
    }

    @PostMapping("/versions/{version}/approval")
    String approve(@PathVariable long version, Model model, HttpServletResponse response) {
        try {
            blocklist.approve(version);
            return "redirect:/staff/blocklist?approved";
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("blocklistError", e.getMessage());
            return overview(model);
        }
    }

    @PostMapping("/versions/{version}/rejection")
    String reject(@PathVariable long version) {
        blocklist.reject(version);
        return "redirect:/staff/blocklist?rejected";
    }

    @GetMapping("/items/{urlItemId}")
    String item(@PathVariable UUID urlItemId, Model model) {
        model.addAttribute("urlItemId", urlItemId);
        model.addAttribute("entries", blocklist.entriesOfItem(urlItemId));
        return "blocklist/item";
    }

    @PostMapping("/items/{urlItemId}/dedicated-domain")
    String markDedicated(@PathVariable UUID urlItemId) {
        blocklist.markDomainDedicatedToAbuse(urlItemId);
        return "redirect:/staff/blocklist/items/" + urlItemId + "?requested";
    }

    @PostMapping("/entries/{entryId}/appeals")
    String recordAppeal(
            @PathVariable long entryId,
            @RequestParam UUID urlItemId,
            @RequestParam String appellant,
            @RequestParam String grounds,
            Model model,
            HttpServletResponse response) {
        try {
            blocklist.recordAppeal(entryId, appellant, grounds);
            return "redirect:/staff/blocklist/items/" + urlItemId + "?appealed";
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems());
            return item(urlItemId, model);
        }
    }

    @PostMapping("/appeals/{appealId}/decision")
    String decideAppeal(
            @PathVariable UUID appealId,
            @RequestParam boolean upheld,
            @RequestParam(defaultValue = "") String decision) {
        blocklist.decideAppeal(appealId, upheld, decision);
        return "redirect:/staff/blocklist?decided";
    }
}
