package org.protego.cases;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
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
class BestInterestsApiController {

    private final BestInterestsManagement bestInterests;

    BestInterestsApiController(BestInterestsManagement bestInterests) {
        this.bestInterests = bestInterests;
    }

    @Operation(
            summary = "Write the case's best-interests assessment, or its next revision (case worker); an If-Match"
                    + " version is checked when given")
    @PostMapping("/assessments")
    ResponseEntity<AssessmentView> writeAssessment(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody WriteAssessment assessment) {
        AssessmentView written =
                bestInterests.writeAssessment(id, CaseApiController.versionIfGiven(ifMatch), assessment);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/assessments"))
                .body(written);
    }

    @Operation(summary = "Every revision of the case's best-interests assessment, newest first; the read is audited")
    @GetMapping("/assessments")
    List<AssessmentView> assessments(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
        return bestInterests.assessments(id, CaseApiController.purposeNamed(purpose));
    }

    @Operation(
            summary = "Request a best-interests determination of a return, transfer or long-term placement (case"
                    + " worker); refused with 409 until the case has an assessment")
    @PostMapping("/determinations")
    ResponseEntity<DeterminationView> requestDetermination(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody RequestDetermination request) {
        DeterminationView requested =
                bestInterests.requestDetermination(id, CaseApiController.versionIfGiven(ifMatch), request);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/determinations/" + requested.id()))
                .body(requested);
    }

    @Operation(
            summary = "The case's best-interests determinations with their panels' views; supervisors of the"
                    + " organisation may read them while one waits for its panel; the read is audited")
    @GetMapping("/determinations")
    List<DeterminationView> determinations(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
        return bestInterests.determinations(id, CaseApiController.purposeNamed(purpose));
    }

    @Operation(
            summary = "Record a panel member's view on a determination (a supervisor of the organisation other than"
                    + " the case's and the requesting case worker, once)")
    @PostMapping("/determinations/{determinationId}/views")
    DeterminationView recordView(
            @PathVariable UUID id,
            @PathVariable UUID determinationId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody RecordView view) {
        return bestInterests.recordView(id, determinationId, CaseApiController.versionIfGiven(ifMatch), view);
    }

    @Operation(
            summary = "Record the panel's decision (a panel member who recorded a view); refused with 409 before two"
                    + " views")
    @PostMapping("/determinations/{determinationId}/decision")
    DeterminationView decide(
            @PathVariable UUID id,
            @PathVariable UUID determinationId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody RecordDecision decision) {
        return bestInterests.decide(id, determinationId, CaseApiController.versionIfGiven(ifMatch), decision);
    }
}
