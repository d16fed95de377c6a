package org.protego.blocklist;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.protego.shared.InvalidRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analyst's block list pages: versions, held versions to approve, an item's entries, appeals. A refusal is shown
 * on the page it came from, as the message of its {@link ListingProblem} code.
 */
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
        } catch (RefusedChange e) {
            return overviewRefusing(e, model, response);
        }
    }

    @PostMapping("/versions/{version}/rejection")
    String reject(@PathVariable long version, Model model, HttpServletResponse response) {
        try {
            blocklist.reject(version);
            return "redirect:/staff/blocklist?rejected";
        } catch (RefusedChange e) {
            return overviewRefusing(e, model, response);
        }
    }

    @GetMapping("/items/{urlItemId}")
    String item(@PathVariable UUID urlItemId, Model model) {
        model.addAttribute("urlItemId", urlItemId);
        model.addAttribute("listing", blocklist.itemListing(urlItemId));
        return "blocklist/item";
    }

    @PostMapping("/items/{urlItemId}/dedicated-domain")
    String markDedicated(@PathVariable UUID urlItemId, Model model, HttpServletResponse response) {
        try {
            blocklist.markDomainDedicatedToAbuse(urlItemId);
            return "redirect:/staff/blocklist/items/" + urlItemId + "?requested";
        } catch (InvalidRequestException e) {
            return itemRefusing(urlItemId, e, model, response);
        }
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
            return itemRefusing(urlItemId, e, model, response);
        }
    }

    @PostMapping("/appeals/{appealId}/decision")
    String decideAppeal(
            @PathVariable UUID appealId,
            @RequestParam boolean upheld,
            @RequestParam(defaultValue = "") String decision,
            Model model,
            HttpServletResponse response) {
        try {
            blocklist.decideAppeal(appealId, upheld, decision);
            return "redirect:/staff/blocklist?decided";
        } catch (RefusedChange e) {
            return overviewRefusing(e, model, response);
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems());
            return overview(model);
        }
    }

    private String overviewRefusing(RefusedChange refusal, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("refusal", refusal.problem().code());
        return overview(model);
    }

    private String itemRefusing(
            UUID urlItemId, InvalidRequestException refusal, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problems", refusal.problems());
        return item(urlItemId, model);
    }
}
