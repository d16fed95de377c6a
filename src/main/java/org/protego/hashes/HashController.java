package org.protego.hashes;

import java.util.UUID;
import org.protego.shared.InvalidRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The analyst's form on a URL item's page for adding the hashes computed on their workstation. */
@Controller
class HashController {

    private final HashManagement hashes;

    HashController(HashManagement hashes) {
        this.hashes = hashes;
    }

    @PostMapping("/staff/hashes")
    String add(
            @RequestParam UUID urlItemId,
            @RequestParam String algorithm,
            @RequestParam String value,
            @RequestParam String classification,
            @RequestParam(defaultValue = "") String series,
            RedirectAttributes redirect) {
        try {
            var added =
                    hashes.add(new HashManagement.AddHash(null, algorithm, value, classification, series, urlItemId));
            redirect.addFlashAttribute("hashAdded", added);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("hashProblems", e.problems());
        }
        return "redirect:/staff/url-items/" + urlItemId;
    }
}
