package org.protego.cases;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RetentionApiController {

    private final CaseRetention retention;

    RetentionApiController(CaseRetention retention) {
        this.retention = retention;
    }

    /** A retention period as a client sends it. */
    record ChangePolicy(Integer anonymiseAfterYears) {}

    /** Why a legal hold is placed or lifted. */
    record HoldReason(String reason) {}

    @Operation(
            summary = "The retention of each kind of record: closed_case, case_history, audit (never purged) (admin)")
    @GetMapping("/api/v1/admin/retention")
    List<RetentionPolicies.Policy> policies() {
        return retention.policies();
    }

    @Operation(summary = "Set how many years (1 to 100) after closure a kind of record is kept (admin)")
    @PutMapping("/api/v1/admin/retention/{recordType}")
    RetentionPolicies.Policy changePolicy(@PathVariable String recordType, @RequestBody ChangePolicy change) {
        return retention.changePolicy(recordType, change == null ? null : change.anonymiseAfterYears());
    }

    @Operation(
            summary =
                    "What a retention run would do now (case numbers, closure, organisation; nothing about the child);"
                            + " changes nothing (admin)")
    @GetMapping("/api/v1/admin/retention/dry-run")
    CaseRetention.RetentionPlan dryRun() {
        return retention.dryRun();
    }

    @Operation(summary = "Anonymise every due closed case not on legal hold and empty due histories now (admin)")
    @PostMapping("/api/v1/admin/retention/run")
    CaseRetention.RetentionOutcome run() {
        return retention.run();
    }

    @Operation(summary = "Every case on legal hold, without reasons (admin)")
    @GetMapping("/api/v1/admin/retention/legal-holds")
    List<CaseRetention.HeldCase> heldCases() {
        return retention.heldCases();
    }

    @Operation(
            summary = "Place a legal hold on a case, with a reason: it is then never anonymised (supervisor, admin); an"
                    + " If-Match version is checked when given")
    @PostMapping("/api/v1/cases/{id}/legal-hold")
    ResponseEntity<CaseRetention.LegalHoldView> placeHold(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody HoldReason body) {
        CaseRetention.LegalHoldView hold =
                retention.placeHold(id, CaseApiController.versionIfGiven(ifMatch), body == null ? null : body.reason());
        return ResponseEntity.ok().eTag(CaseApiController.tag(hold.version())).body(hold);
    }

    @Operation(summary = "Lift a case's legal hold, with an optional reason (supervisor, admin)")
    @DeleteMapping("/api/v1/cases/{id}/legal-hold")
    ResponseEntity<CaseRetention.LegalHoldView> liftHold(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) HoldReason body) {
        CaseRetention.LegalHoldView lifted =
                retention.liftHold(id, CaseApiController.versionIfGiven(ifMatch), body == null ? null : body.reason());
        return ResponseEntity.ok().eTag(CaseApiController.tag(lifted.version())).body(lifted);
    }
}
