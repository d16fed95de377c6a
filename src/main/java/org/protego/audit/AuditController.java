package org.protego.audit;

import java.util.List;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The administrator's audit page: the latest entries, verification, and the signed head to keep elsewhere. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private final AuditTrail auditTrail;
    private final JsonMapper json;

    AuditController(AuditTrail auditTrail, JsonMapper json) {
        this.auditTrail = auditTrail;
        this.json = json;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("entries", auditTrail.latest(100));
        return "admin/audit";
    }

    /** Verifies the chain, and against a head exported earlier when one is pasted. */
    @PostMapping("/verify")
    @ReturnsOnRefusalTo("/admin/audit")
    String verify(@RequestParam(defaultValue = "") String head, Model model) {
        model.addAttribute(
                "verification", head.isBlank() ? auditTrail.verify() : auditTrail.verifyAgainst(exportedHead(head)));
        return show(model);
    }

    @GetMapping("/head")
    ResponseEntity<AuditHead> head() {
        AuditHead head = auditTrail.head().orElseThrow(() -> new NotFoundException(AuditError.NO_ENTRY_YET));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"protego-audit-head-" + head.sequence() + ".json\"")
                .body(head);
    }

    /** What is pasted is refused like a forged head when it is not a head at all. */
    private AuditHead exportedHead(String pasted) {
        try {
            return json.readValue(pasted, AuditHead.class);
        } catch (JacksonException e) {
            throw new InvalidRequestException(List.of(new FieldProblem("head", AuditError.HEAD_SIGNATURE_INVALID)));
        }
    }
}
