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
@RequestMapping("/api/v1/cases")
class TransferApiController {

    private final TransferManagement transfers;

    TransferApiController(TransferManagement transfers) {
        this.transfers = transfers;
    }

    /** A transfer request: the receiving organisation's exact name, and why. */
    record RequestTransfer(String organisation, String reason) {}

    /** A decline, with why. */
    record Decline(String reason) {}

    @Operation(
            summary = "Ask another organisation to take an open case over (case worker or supervisor of the case);"
                    + " needs an information_sharing consent naming it")
    @PostMapping("/{id}/transfer")
    ResponseEntity<TransferView> request(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody RequestTransfer body) {
        TransferView requested = transfers.requestTransfer(
                id, CaseApiController.versionIfGiven(ifMatch), body.organisation(), body.reason());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/transfers"))
                .body(requested);
    }

    @Operation(summary = "Withdraw the case's pending transfer (case worker or supervisor of the case)")
    @PostMapping("/{id}/transfer/cancellation")
    ResponseEntity<CaseStatus> cancel(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ClosureApiController.answer(transfers.cancelTransfer(id, CaseApiController.versionIfGiven(ifMatch)));
    }

    @Operation(summary = "The case's transfers, newest first; the read is audited")
    @GetMapping("/{id}/transfers")
    List<TransferView> ofCase(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
        return transfers.transfers(id, CaseApiController.purposeNamed(purpose));
    }

    @Operation(
            summary = "Transfers waiting for the caller's organisation: transferId, caseNumber, fromOrganisation,"
                    + " requestedAt, reason, and nothing about the child")
    @GetMapping("/transfers/incoming")
    List<IncomingTransfer> incoming() {
        return transfers.incoming();
    }

    @Operation(
            summary = "Accept a transfer offered to the caller's organisation: the case becomes its own, assigned to"
                    + " the caller")
    @PostMapping("/transfers/{transferId}/acceptance")
    ResponseEntity<CaseStatus> accept(@PathVariable UUID transferId) {
        return ClosureApiController.answer(transfers.accept(transferId));
    }

    @Operation(summary = "Decline a transfer offered to the caller's organisation, with a reason")
    @PostMapping("/transfers/{transferId}/decline")
    ResponseEntity<Void> decline(@PathVariable UUID transferId, @RequestBody Decline body) {
        transfers.decline(transferId, body.reason());
        return ResponseEntity.noContent().build();
    }
}
