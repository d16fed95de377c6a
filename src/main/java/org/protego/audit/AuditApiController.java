package org.protego.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.protego.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    private final AuditTrail auditTrail;

    AuditApiController(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @Operation(summary = "Recompute the audit chain and report whether any entry was changed or removed (admin)")
    @GetMapping("/verify")
    AuditVerification verify() {
        return auditTrail.verify();
    }

    @Operation(
            summary = "Recompute the chain and check that it still holds a head exported earlier; a rewritten or "
                    + "shortened chain does not (admin)")
    @PostMapping("/verify")
    AuditVerification verifyAgainst(@RequestBody AuditHead exported) {
        return auditTrail.verifyAgainst(exported);
    }

    @Operation(
            summary = "The signed head of the chain (newest entry, or the entry at ?sequence=N), to keep outside the "
                    + "server (admin)")
    @GetMapping("/head")
    AuditHead head(@RequestParam(required = false) Long sequence) {
        return (sequence == null ? auditTrail.head() : auditTrail.headAt(sequence))
                .orElseThrow(() -> sequence == null
                        ? new NotFoundException(AuditError.NO_ENTRY_YET)
                        : new NotFoundException(AuditError.NO_SUCH_ENTRY, String.valueOf(sequence)));
    }

    /** One audit entry as the API names its fields. */
    record EntryView(
            long sequence,
            Instant at,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String detail) {

        static EntryView of(AuditEntry entry) {
            return new EntryView(
                    entry.sequence(),
                    entry.recordedAt(),
                    entry.actor(),
                    entry.action(),
                    entry.subjectType(),
                    entry.subjectId(),
                    entry.detail());
        }
    }

    @Operation(
            summary = "The latest 500 audit entries about a subject of any type, newest first; subjectId is required"
                    + " (admin)")
    @GetMapping("/entries")
    List<EntryView> entries(@RequestParam(required = false) String subjectId) {
        return auditTrail.entriesAboutSubject(subjectId).stream()
                .map(EntryView::of)
                .toList();
    }

    @Operation(summary = "The public key (PEM) that checks audit head signatures (admin)")
    @GetMapping(path = "/public-key", produces = "application/x-pem-file")
    String publicKey() {
        return auditTrail.headPublicKeyPem();
    }
}
