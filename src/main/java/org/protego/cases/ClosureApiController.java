package org.protego.cases;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases/{id}")
class ClosureApiController {

    private final ClosureManagement closures;

    ClosureApiController(ClosureManagement closures) {
        this.closures = closures;
    }

    /** A closure request: a reason code from the list, and a note (required for {@code other}). */
    record RequestClosure(String reason, String note) {}

    /** A refusal or a reopening, with why. */
    record Reason(String reason) {}

    @Operation(
            summary = "Ask to close an open case, with a reason (safe_and_stable, reunified_with_family,"
                    + " transferred_out, reached_adulthood, moved_away_lost_contact, child_declined_services, died,"
                    + " other) and a note (case worker); a supervisor then decides")
    @PostMapping("/closure")
    ResponseEntity<CaseStatus> request(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody RequestClosure body) {
        return answer(
                closures.requestClosure(id, CaseApiController.versionIfGiven(ifMatch), body.reason(), body.note()));
    }

    @Operation(summary = "Approve the requested closure (supervisor of the case, not the one who asked)")
    @PostMapping("/closure/approval")
    ResponseEntity<CaseStatus> approve(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(closures.approveClosure(id, CaseApiController.versionIfGiven(ifMatch)));
    }

    @Operation(summary = "Refuse the requested closure, with a reason (supervisor of the case, not the one who asked)")
    @PostMapping("/closure/refusal")
    ResponseEntity<CaseStatus> refuse(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody Reason body) {
        return answer(closures.refuseClosure(id, CaseApiController.versionIfGiven(ifMatch), body.reason()));
    }

    @Operation(summary = "Reopen a closed case, with a reason (case worker or supervisor of the case)")
    @PostMapping("/reopening")
    ResponseEntity<CaseStatus> reopen(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody Reason body) {
        return answer(closures.reopen(id, CaseApiController.versionIfGiven(ifMatch), body.reason()));
    }

    @Operation(summary = "The case's closure requests, decisions and reopenings, newest first; the read is audited")
    @GetMapping("/closures")
    List<ClosureView> closures(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
        return closures.closures(id, CaseApiController.purposeNamed(purpose));
    }

    static ResponseEntity<CaseStatus> answer(CaseStatus status) {
        return ResponseEntity.ok().eTag(CaseApiController.tag(status.version())).body(status);
    }
}
