package org.protego.audit;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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
}
