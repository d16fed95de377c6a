package org.protego.takedown;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The directory of providers and partners, as JSON. */
@RestController
@RequestMapping("/api/v1")
class DirectoryApiController {

    record ProviderRequest(String name, String abuseContact, String country, String language, UUID upstreamId) {}

    record PartnerRequest(
            RecipientKind kind,
            String name,
            String contact,
            String country,
            String language,
            Boolean recipientForCountry) {}

    private final ProviderDirectory directory;

    DirectoryApiController(ProviderDirectory directory) {
        this.directory = directory;
    }

    @Operation(summary = "Hosting provider directory")
    @GetMapping("/takedown/providers")
    List<Provider> providers() {
        return directory.providers();
    }

    @Operation(summary = "Add a hosting provider, owned by the analyst's organisation (analyst)")
    @PostMapping("/takedown/providers")
    @ResponseStatus(HttpStatus.CREATED)
    Provider addProvider(@RequestBody ProviderRequest request) {
        return directory.addProvider(
                request.name(), request.abuseContact(), request.country(), request.language(), request.upstreamId());
    }

    @Operation(summary = "Partner hotlines and law enforcement points")
    @GetMapping("/takedown/partners")
    List<Partner> partners() {
        return directory.partners();
    }

    @Operation(
            summary = "Add a partner hotline or law enforcement point, owned by the analyst's organisation;"
                    + " recipientForCountry marks it as the recipient of escalated notices for its country (analyst)")
    @PostMapping("/takedown/partners")
    @ResponseStatus(HttpStatus.CREATED)
    Partner addPartner(@RequestBody PartnerRequest request) {
        return directory.addPartner(
                request.kind(),
                request.name(),
                request.contact(),
                request.country(),
                request.language(),
                Boolean.TRUE.equals(request.recipientForCountry()));
    }

    @Operation(
            summary = "Mark a partner of the analyst's organisation as its recipient for the partner's country and"
                    + " kind, unmarking the one marked before (analyst of the owning organisation)")
    @PostMapping("/takedown/partners/{partnerId}/recipient")
    Partner markRecipient(@PathVariable UUID partnerId) {
        return directory.markRecipient(partnerId);
    }

    @Operation(summary = "Stop sending escalated notices to a partner (analyst of the owning organisation)")
    @DeleteMapping("/takedown/partners/{partnerId}/recipient")
    Partner unmarkRecipient(@PathVariable UUID partnerId) {
        return directory.unmarkRecipient(partnerId);
    }
}
