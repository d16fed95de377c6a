package org.protego.hashes;

import java.util.UUID;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The analyst's form on a URL item's page for adding the hashes computed on their workstation. Whether added or
 * refused, the analyst is back on the item's page, which says which.
 */
@Controller
class HashController {

    private final HashManagement hashes;

    HashController(HashManagement hashes) {
        this.hashes = hashes;
    }

    @PostMapping("/staff/url-items/{urlItemId}/hashes")
    @ReturnsOnRefusalTo("/staff/url-items/{urlItemId}")
    String add(
            @PathVariable UUID urlItemId,
            @RequestParam String algorithm,
            @RequestParam String value,
            @RequestParam String classification,
            @RequestParam(defaultValue = "") String series,
            RedirectAttributes redirect) {
        var added = hashes.add(new HashManagement.AddHash(null, algorithm, value, classification, series, urlItemId));
        redirect.addFlashAttribute("hashAdded", added);
        return "redirect:/staff/url-items/" + urlItemId;
    }
}
