package org.protego.takedown;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.protego.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class TakedownApiController {

    record ProviderRequest(String name, String abuseContact, String country, String language, UUID upstreamId) {}

    record PartnerRequest(
            RecipientKind kind,
            String name,
            String contact,
            String country,
            String language,
            Boolean recipientForCountry) {}

    record RecheckRequest(Boolean stillAvailable) {}

    private final TakedownManagement takedown;

    TakedownApiController(TakedownManagement takedown) {
        this.takedown = takedown;
    }

    @Operation(summary = "Illegal items awaiting or under takedown (analyst)")
    @GetMapping("/takedown/items")
    List<TakedownItem> openItems() {
        return takedown.openItems();
    }

    @Operation(summary = "The takedown of one URL item: clock, notices, re-checks (analyst)")
    @GetMapping("/takedown/items/{urlItemId}")
    TakedownItem item(@PathVariable UUID urlItemId) {
        return takedown.item(urlItemId).orElseThrow(() -> new NotFoundException("No takedown for " + urlItemId));
    }

    @Operation(summary = "Send a notice: PROVIDER (with providerId), PARTNER_HOTLINE or LAW_ENFORCEMENT (analyst)")
    @PostMapping("/takedown/items/{urlItemId}/notices")
    @ResponseStatus(HttpStatus.CREATED)
    Notice sendNotice(@PathVariable UUID urlItemId, @RequestBody SendNotice command) {
        return takedown.sendNotice(urlItemId, command);
    }

    @Operation(summary = "Record that a notice was acknowledged (analyst)")
    @PostMapping("/takedown/notices/{noticeId}/acknowledgement")
    Map<String, Object> acknowledge(@PathVariable UUID noticeId) {
        takedown.acknowledge(noticeId);
        return Map.of("acknowledged", true);
    }

    @Operation(summary = "Record a re-check; stillAvailable false confirms removal (analyst)")
    @PostMapping("/takedown/items/{urlItemId}/rechecks")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> recheck(@PathVariable UUID urlItemId, @RequestBody RecheckRequest request) {
        if (request == null || request.stillAvailable() == null) {
            throw new org.protego.shared.InvalidRequestException(
                    List.of(new org.protego.shared.FieldProblem("stillAvailable", "required", "true or false.")));
        }
        takedown.recordRecheck(urlItemId, request.stillAvailable());
        return Map.of("stillAvailable", request.stillAvailable());
    }

    @Operation(summary = "Confirm that the content was removed at its source (analyst)")
    @PostMapping("/takedown/items/{urlItemId}/removal")
    Map<String, Object> confirmRemoval(@PathVariable UUID urlItemId) {
        takedown.confirmRemoval(urlItemId);
        return Map.of("state", TakedownState.REMOVED);
    }

    @Operation(summary = "Hosting provider directory")
    @GetMapping("/takedown/providers")
    List<Provider> providers() {
        return takedown.providers();
    }

    @Operation(summary = "Add a hosting provider, owned by the analyst's organisation (analyst)")
    @PostMapping("/takedown/providers")
    @ResponseStatus(HttpStatus.CREATED)
    Provider addProvider(@RequestBody ProviderRequest request) {
        return takedown.addProvider(
                request.name(), request.abuseContact(), request.country(), request.language(), request.upstreamId());
    }

    @Operation(summary = "Partner hotlines and law enforcement points")
    @GetMapping("/takedown/partners")
    List<Partner> partners() {
        return takedown.partners();
    }

    @Operation(
            summary = "Add a partner hotline or law enforcement point, owned by the analyst's organisation;"
                    + " recipientForCountry marks it as the recipient of escalated notices for its country (analyst)")
    @PostMapping("/takedown/partners")
    @ResponseStatus(HttpStatus.CREATED)
    Partner addPartner(@RequestBody PartnerRequest request) {
        return takedown.addPartner(
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
        return takedown.markRecipient(partnerId);
    }

    @Operation(summary = "Stop sending escalated notices to a partner (analyst of the owning organisation)")
    @DeleteMapping("/takedown/partners/{partnerId}/recipient")
    Partner unmarkRecipient(@PathVariable UUID partnerId) {
        return takedown.unmarkRecipient(partnerId);
    }

    @Operation(summary = "Takedown timing percentiles by hosting country and provider (monitor)")
    @GetMapping("/indicators/takedown")
    TakedownIndicators indicators(
            @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return takedown.indicators(from, to);
    }
}
