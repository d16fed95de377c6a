package org.protego.cases;

import java.time.LocalDate;
import java.util.UUID;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The consents section's forms on the case page: record, withdraw, override. */
@Controller
@RequestMapping("/staff/cases/{id}")
class ConsentPageController {

    private final CaseConsents consents;

    ConsentPageController(CaseConsents consents) {
        this.consents = consents;
    }

    @PostMapping("/consents")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String record(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String givenBy,
            @RequestParam(required = false) String recipientOrganisation,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {
        consents.record(id, version, new RecordConsent(purpose, givenBy, recipientOrganisation, null, expiresOn));
        return "redirect:/staff/cases/" + id;
    }

    @PostMapping("/consents/{consentId}/withdrawal")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String withdraw(@PathVariable UUID id, @PathVariable UUID consentId, @RequestParam long version) {
        consents.withdraw(id, consentId, version);
        return "redirect:/staff/cases/" + id;
    }

    @PostMapping("/consent-overrides")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String override(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String recipientOrganisation,
            @RequestParam(required = false) String reason) {
        consents.override(id, version, new OverrideConsent(purpose, recipientOrganisation, reason));
        return "redirect:/staff/cases/" + id;
    }
}
