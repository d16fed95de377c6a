package org.protego.cases;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A case's care plan and follow-ups, and the overview of what is overdue. */
@RestController
@RequestMapping("/api/v1/cases")
class CarePlanApiController {

    private final CarePlanManagement carePlans;
    private final CaseOverviewManagement overview;

    CarePlanApiController(CarePlanManagement carePlans, CaseOverviewManagement overview) {
        this.carePlans = carePlans;
        this.overview = overview;
    }

    @Operation(
            summary = "The care plan of a case, soonest due first, each item with whether it is overdue; the read is"
                    + " audited with its ?purpose=")
    @GetMapping("/{id}/care-plan")
    ResponseEntity<CarePlan> carePlan(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
        CarePlan plan = carePlans.carePlan(id, CaseApiController.purposeNamed(purpose));
        return ResponseEntity.ok()
                .eTag(CaseApiController.tag(plan.caseVersion()))
                .body(plan);
    }

    @Operation(
            summary = "Add a goal, need or planned_service with a due date to the care plan; an If-Match version is"
                    + " checked when given, and the ETag is the case's new version")
    @PostMapping("/{id}/care-plan")
    ResponseEntity<CarePlanItemView> addItem(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody AddCarePlanItem command) {
        Versioned<CarePlanItemView> added = carePlans.addItem(id, CaseApiController.versionIfGiven(ifMatch), command);
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(CaseApiController.tag(added.caseVersion()))
                .body(added.value());
    }

    @Operation(
            summary = "Mark a care-plan item done, cancelled (with a reason) or open again; an If-Match version is"
                    + " checked when given")
    @PostMapping("/{id}/care-plan/{itemId}/status")
    ResponseEntity<CarePlanItemView> changeItemStatus(
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody ChangeCarePlanItemStatus change) {
        Versioned<CarePlanItemView> changed =
                carePlans.changeItemStatus(id, itemId, CaseApiController.versionIfGiven(ifMatch), change);
        return ResponseEntity.ok()
                .eTag(CaseApiController.tag(changed.caseVersion()))
                .body(changed.value());
    }

    @Operation(
            summary = "The follow-ups of a case, latest first, with when the next is due and whether it is overdue;"
                    + " the read is audited with its ?purpose=")
    @GetMapping("/{id}/follow-ups")
    ResponseEntity<FollowUpPlan> followUps(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
        FollowUpPlan plan = carePlans.followUps(id, CaseApiController.purposeNamed(purpose));
        return ResponseEntity.ok()
                .eTag(CaseApiController.tag(plan.caseVersion()))
                .body(plan);
    }

    @Operation(
            summary = "Record a visit or contact (home_visit, office_visit, phone, other) and when the next is due; an"
                    + " If-Match version is checked when given")
    @PostMapping("/{id}/follow-ups")
    ResponseEntity<FollowUpView> recordFollowUp(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody RecordFollowUp command) {
        Versioned<FollowUpView> recorded =
                carePlans.recordFollowUp(id, CaseApiController.versionIfGiven(ifMatch), command);
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(CaseApiController.tag(recorded.caseVersion()))
                .body(recorded.value());
    }

    @Operation(
            summary =
                    "Everything overdue in the caller's caseload (a supervisor's team, a case worker's own and team's),"
                            + " longest overdue first")
    @GetMapping("/overdue")
    List<OverdueWork> overdue() {
        return overview.overdue();
    }

    @Operation(summary = "The caller's caseload: open cases by risk level, and what is overdue")
    @GetMapping("/overview")
    CaseOverview overview() {
        return overview.overview();
    }
}
