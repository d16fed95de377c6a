package org.protego.takedown;

import java.util.UUID;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The directory page of providers and partners. A refused addition returns to it with what was typed and a message
 * beside each wrong field.
 */
@Controller
@RequestMapping("/staff/takedown/directory")
class DirectoryController {

    private static final String DIRECTORY_PAGE = "/staff/takedown/directory";

    private final ProviderDirectory directory;

    DirectoryController(ProviderDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    String directory(Model model) {
        model.addAttribute("providers", directory.providers());
        model.addAttribute("partners", directory.partners());
        model.addAttribute("owners", directory.owners());
        StaffMember viewer = StaffMember.required();
        // Only analysts change the directory, and only their own organisation's entries: nobody else gets buttons.
        model.addAttribute("changeableOrganisation", viewer.has(Role.ANALYST) ? viewer.organisationId() : null);
        return "takedown/directory";
    }

    @PostMapping("/providers")
    @ReturnsOnRefusalTo(DIRECTORY_PAGE)
    String addProvider(
            @RequestParam String name,
            @RequestParam String abuseContact,
            @RequestParam String country,
            @RequestParam String language,
            @RequestParam(required = false) UUID upstreamId) {
        directory.addProvider(name, abuseContact, country, language, upstreamId);
        return "redirect:/staff/takedown/directory?added";
    }

    @PostMapping("/partners")
    @ReturnsOnRefusalTo(DIRECTORY_PAGE)
    String addPartner(
            @RequestParam RecipientKind kind,
            @RequestParam String name,
            @RequestParam String contact,
            @RequestParam String country,
            @RequestParam String language,
            @RequestParam(defaultValue = "false") boolean recipientForCountry) {
        directory.addPartner(kind, name, contact, country, language, recipientForCountry);
        return "redirect:/staff/takedown/directory?added";
    }

    @PostMapping("/partners/{partnerId}/recipient")
    @ReturnsOnRefusalTo(DIRECTORY_PAGE)
    String markRecipient(@PathVariable UUID partnerId) {
        directory.markRecipient(partnerId);
        return "redirect:/staff/takedown/directory?recipient";
    }

    @PostMapping("/partners/{partnerId}/recipient/removal")
    @ReturnsOnRefusalTo(DIRECTORY_PAGE)
    String unmarkRecipient(@PathVariable UUID partnerId) {
        directory.unmarkRecipient(partnerId);
        return "redirect:/staff/takedown/directory?recipient";
    }
}
