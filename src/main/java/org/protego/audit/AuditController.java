package org.protego.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private final AuditTrail auditTrail;

    AuditController(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("entries", auditTrail.latest(100));
        return "admin/audit";
    }

    @PostMapping("/verify")
    String verify(Model model) {
        model.addAttribute("verification", auditTrail.verify());
        model.addAttribute("entries", auditTrail.latest(100));
        return "admin/audit";
    }
}
