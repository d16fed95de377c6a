package org.protego.triage;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The analyst's JSON API. */
@RestController
@RequestMapping("/api/v1")
class TriageApiController {

    private final TriageManagement triage;

    TriageApiController(TriageManagement triage) {
        this.triage = triage;
    }

    @Operation(summary = "Open reports of the caller's organisation, in priority order (analyst)")
    @GetMapping("/queue")
    List<QueueEntry> queue() {
        return triage.queue();
    }

    @Operation(summary = "A report with its content and URL items; the read is audited (analyst)")
    @GetMapping("/reports/{id}")
    TriagedReport report(@PathVariable UUID id) {
        return triage.report(id);
    }

    @Operation(summary = "Close a report (analyst)")
    @PostMapping("/reports/{id}/close")
    Map<String, String> close(@PathVariable UUID id) {
        triage.closeReport(id);
        return Map.of("status", "closed");
    }

    @Operation(summary = "URL items whose canonical form equals that of the given URL (analyst)")
    @GetMapping("/url-items")
    List<UrlItem> itemsMatching(@RequestParam String url) {
        return triage.itemsMatching(url);
    }

    @Operation(summary = "One URL item with its current assessment (analyst)")
    @GetMapping("/url-items/{id}")
    UrlItem item(@PathVariable UUID id) {
        return triage.item(id);
    }

    @Operation(summary = "Record an assessment of a URL item (analyst)")
    @PostMapping("/url-items/{id}/assessment")
    @ResponseStatus(HttpStatus.CREATED)
    Assessment assess(@PathVariable UUID id, @RequestBody AssessUrl command) {
        return triage.assess(id, command);
    }

    @Operation(summary = "Replace the IP-range-to-country table from CSV: first_address,last_address,country (admin)")
    @PostMapping(
            path = "/admin/ip-ranges",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    Map<String, Integer> importIpRanges(@RequestBody String csv) {
        return Map.of("imported", triage.importIpRanges(csv));
    }
}
