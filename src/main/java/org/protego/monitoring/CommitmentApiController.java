package org.protego.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CommitmentApiController {

    private final CommitmentManagement commitments;
    private final InstrumentManagement instruments;

    CommitmentApiController(CommitmentManagement commitments, InstrumentManagement instruments) {
        this.commitments = commitments;
        this.instruments = instruments;
    }

    @Operation(
            summary = "The State's commitments with their source, deadline, status and owner, overdue ones first"
                    + " (monitor, administrator; a supervisor gets those its organisation owns)")
    @GetMapping("/api/v1/commitments")
    List<CommitmentViews.CommitmentLine> list() {
        return commitments.list();
    }

    @Operation(summary = "A commitment with its source text, assessment, evidence and history")
    @GetMapping("/api/v1/commitments/{code}")
    CommitmentViews.CommitmentView view(@PathVariable String code) {
        return commitments.view(code);
    }

    @Operation(
            summary = "Assess a commitment (monitor): status met, met_late, partially_met, not_met, no_data or"
                    + " not_yet_assessed, metOn (needed when met; after the deadline it is recorded as met_late),"
                    + " note, and optionally the version read")
    @PutMapping("/api/v1/commitments/{code}/assessment")
    CommitmentViews.CommitmentView assess(@PathVariable String code, @RequestBody CommitmentViews.Assessment body) {
        return commitments.assess(code, body);
    }

    @Operation(summary = "Name the organisation that answers for a commitment, or none (monitor, administrator)")
    @PutMapping("/api/v1/commitments/{code}/owner")
    CommitmentViews.CommitmentView owner(@PathVariable String code, @RequestBody CommitmentViews.OwnerChange body) {
        return commitments.changeOwner(code, body);
    }

    @Operation(
            summary = "Add evidence to a commitment (monitor): kind document (title and url), link (url) or"
                    + " indicator (an indicator code)")
    @PostMapping("/api/v1/commitments/{code}/evidence")
    ResponseEntity<CommitmentViews.Evidence> evidence(
            @PathVariable String code, @RequestBody CommitmentViews.NewEvidence body) {
        CommitmentViews.Evidence added = commitments.addEvidence(code, body);
        return ResponseEntity.created(URI.create("/api/v1/commitments/" + code)).body(added);
    }

    @Operation(
            summary = "The international instruments the documents name, with their international dates and the"
                    + " State's facts (monitor, administrator)")
    @GetMapping("/api/v1/instruments")
    List<InstrumentView> instruments() {
        return instruments.list();
    }

    @Operation(
            summary = "Replace the State's facts about an instrument (monitor, administrator): signedOn, consentOn,"
                    + " consentType (ratification, accession, acceptance, approval, succession), reservations,"
                    + " declarations, inForceForStateOn, asOf, source; dates in order and not in the future")
    @PutMapping("/api/v1/instruments/{code}/status")
    InstrumentView instrumentStatus(@PathVariable String code, @RequestBody InstrumentView.FactsChange body) {
        return instruments.changeFacts(code, body);
    }
}
