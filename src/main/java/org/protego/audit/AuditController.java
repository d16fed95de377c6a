package org.protego.audit;

import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
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
    String verify(@RequestParam(defaultValue = "") String head, Model model) {
        if (head.isBlank()) {
            model.addAttribute("verification", auditTrail.verify());
        } else {
            try {
                model.addAttribute("verification", auditTrail.verifyAgainst(json.readValue(head, AuditHead.class)));
            } catch (JacksonException | InvalidRequestException e) {
                model.addAttribute("headRefused", true);
            }
        }
        return show(model);
    }

    @GetMapping("/head")
    ResponseEntity<AuditHead> head() {
        AuditHead head = auditTrail.head().orElseThrow(() -> new NotFoundException("No audit entry yet"));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"protego-audit-head-" + head.sequence() + ".json\"")
                .body(head);
    }
}
