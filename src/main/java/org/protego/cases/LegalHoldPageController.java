package org.protego.cases;

import java.util.UUID;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A supervisor places or lifts a case's legal hold from the case page. */
@Controller
@RequestMapping("/staff/cases/{id}/legal-hold")
class LegalHoldPageController {

    private final CaseRetention retention;

    LegalHoldPageController(CaseRetention retention) {
        this.retention = retention;
    }

    @PostMapping
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String place(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String reason) {
        retention.placeHold(id, version, reason);
        return "redirect:/staff/cases/" + id;
    }

    @PostMapping("/lift")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String lift(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String reason) {
        retention.liftHold(id, version, reason);
        return "redirect:/staff/cases/" + id;
    }
}
