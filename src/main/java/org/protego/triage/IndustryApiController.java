package org.protego.triage;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.protego.reports.BulkSubmission;
import org.protego.reports.ReportManagement;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The industry member's API: bulk submission of URLs and the outcomes of its own submissions. */
@RestController
@RequestMapping("/api/v1/industry/reports")
class IndustryApiController {

    record BulkRequest(List<String> urls, String category) {}

    private final ReportManagement reports;
    private final TriageManagement triage;

    IndustryApiController(ReportManagement reports, TriageManagement triage) {
        this.reports = reports;
        this.triage = triage;
    }

    @Operation(summary = "Submit up to 10,000 URLs in one transaction, with per-URL results (industry)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BulkSubmission submit(
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody BulkRequest request) {
        return reports.submitBulk(idempotencyKey, request.category(), request.urls());
    }

    @Operation(summary = "Outcomes of one of the caller's own submissions (industry)")
    @GetMapping("/{reference}")
    List<SubmissionOutcome> outcomes(@PathVariable String reference) {
        return triage.outcomesOfSubmission(reference);
    }
}
