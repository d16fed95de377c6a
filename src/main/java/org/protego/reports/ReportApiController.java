package org.protego.reports;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.Map;
import org.protego.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Anonymous intake for partner apps, and the reporter's status look-up. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

    record ReportRequest(
            String category,
            List<String> urls,
            String description,
            String country,
            String incidentDate,
            String language,
            Boolean childInDanger,
            Boolean reporterIsChild,
            String contact) {

        SubmitReport toSubmission() {
            return new SubmitReport(
                    category,
                    urls,
                    description,
                    country,
                    incidentDate,
                    language,
                    Boolean.TRUE.equals(childInDanger),
                    Boolean.TRUE.equals(reporterIsChild),
                    contact);
        }
    }

    record ReportAnswer(String reference, String followUpCode, String status) {}

    record StatusRequest(
            String reference, @JsonProperty("followUpCode") String followUpCode) {}

    private final ReportManagement reports;

    ReportApiController(ReportManagement reports) {
        this.reports = reports;
    }

    @Operation(summary = "Submit a report anonymously; a repeat with the same Idempotency-Key returns the first answer")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ReportAnswer submit(
            @Parameter(description = "Makes retries safe: the same key and body return the first answer")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey,
            @RequestBody ReportRequest request) {
        Acknowledgement acknowledgement =
                reports.submitIdempotently(idempotencyKey, request.toSubmission(), Channel.API);
        return new ReportAnswer(
                acknowledgement.reference(),
                acknowledgement.followUpCode(),
                acknowledgement.status().code());
    }

    @Operation(summary = "Look up a report's status with its reference and follow-up code")
    @PostMapping("/status")
    Map<String, String> status(@RequestBody StatusRequest request) {
        return reports.statusFor(request.reference(), request.followUpCode())
                .map(status -> Map.of("status", status.code()))
                .orElseThrow(() -> new NotFoundException(ReportError.NO_REPORT_MATCHES));
    }
}
