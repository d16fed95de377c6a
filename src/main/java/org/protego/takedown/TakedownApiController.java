package org.protego.takedown;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Takedown items, their notices and re-checks, and the timing indicators, as JSON. */
@RestController
@RequestMapping("/api/v1")
class TakedownApiController {

    record RecheckRequest(Boolean stillAvailable) {}

    private final TakedownManagement takedown;
    private final TimingIndicators timing;

    TakedownApiController(TakedownManagement takedown, TimingIndicators timing) {
        this.takedown = takedown;
        this.timing = timing;
    }

    @Operation(summary = "Illegal items awaiting or under takedown (analyst)")
    @GetMapping("/takedown/items")
    List<TakedownItem> openItems() {
        return takedown.openItems();
    }

    @Operation(summary = "The takedown of one URL item: clock, notices, re-checks (analyst)")
    @GetMapping("/takedown/items/{urlItemId}")
    TakedownItem item(@PathVariable UUID urlItemId) {
        return takedown.item(urlItemId).orElseThrow(() -> new NotFoundException(TakedownError.ITEM_UNKNOWN, urlItemId));
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
            throw new InvalidRequestException(
                    List.of(new FieldProblem("stillAvailable", TakedownError.STILL_AVAILABLE_REQUIRED)));
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

    @Operation(summary = "Takedown timing percentiles by hosting country and provider (supervisor, administrator)")
    @GetMapping("/indicators/takedown")
    TakedownIndicators indicators(
            @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return timing.between(from, to);
    }
}
