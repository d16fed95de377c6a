package org.protego.blocklist;

import java.util.UUID;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analyst's block list pages: versions, held versions to approve, an item's entries, appeals. A refused action
 * returns to the page it was taken on, which shows why in the user's language.
 */
@Controller
@RequestMapping("/staff/blocklist")
class BlocklistController {

    private final BlocklistManagement blocklist;
    private final ItemEntries itemEntries;
    private final SiteOwnerAppeals appeals;

    BlocklistController(BlocklistManagement blocklist, ItemEntries itemEntries, SiteOwnerAppeals appeals) {
        this.blocklist = blocklist;
        this.itemEntries = itemEntries;
        this.appeals = appeals;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("versions", blocklist.recentVersions());
        model.addAttribute("appeals", appeals.appeals());
        return "blocklist/overview";
    }

    @PostMapping("/publish")
    @ReturnsOnRefusalTo("/staff/blocklist")
    String publish() {
        blocklist.publishNow();
        return "redirect:/staff/blocklist?published";
    }

    @PostMapping("/versions/{version}/approval")
    @ReturnsOnRefusalTo("/staff/blocklist")
    String approve(@PathVariable long version) {
        blocklist.approve(version);
        return "redirect:/staff/blocklist?approved";
    }

    @PostMapping("/versions/{version}/rejection")
    @ReturnsOnRefusalTo("/staff/blocklist")
    String reject(@PathVariable long version) {
        blocklist.reject(version);
        return "redirect:/staff/blocklist?rejected";
    }

    @GetMapping("/items/{urlItemId}")
    String item(@PathVariable UUID urlItemId, Model model) {
        model.addAttribute("urlItemId", urlItemId);
        model.addAttribute("listing", itemEntries.itemListing(urlItemId));
        return "blocklist/item";
    }

    @PostMapping("/items/{urlItemId}/dedicated-domain")
    @ReturnsOnRefusalTo("/staff/blocklist/items/{urlItemId}")
    String markDedicated(@PathVariable UUID urlItemId) {
        itemEntries.markDomainDedicatedToAbuse(urlItemId);
        return "redirect:/staff/blocklist/items/" + urlItemId + "?requested";
    }

    @PostMapping("/items/{urlItemId}/appeals")
    @ReturnsOnRefusalTo("/staff/blocklist/items/{urlItemId}")
    String recordAppeal(
            @PathVariable UUID urlItemId,
            @RequestParam long entryId,
            @RequestParam String appellant,
            @RequestParam String grounds) {
        appeals.record(entryId, appellant, grounds);
        return "redirect:/staff/blocklist/items/" + urlItemId + "?appealed";
    }

    @PostMapping("/appeals/{appealId}/decision")
    @ReturnsOnRefusalTo("/staff/blocklist")
    String decideAppeal(
            @PathVariable UUID appealId,
            @RequestParam boolean upheld,
            @RequestParam(defaultValue = "") String decision) {
        appeals.decide(appealId, upheld, decision);
        return "redirect:/staff/blocklist?decided";
    }
}
