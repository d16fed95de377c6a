package org.protego.cases;

import java.util.UUID;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The closure forms of the case page; a refusal goes back to the case page with what was wrong. */
@Controller
@RequestMapping("/staff/cases/{id}")
class ClosurePageController {

    private final ClosureManagement closures;

    ClosurePageController(ClosureManagement closures) {
        this.closures = closures;
    }

    @PostMapping("/closure")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String request(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note) {
        closures.requestClosure(id, version, reason, note);
        return backTo(id);
    }

    @PostMapping("/closure/approval")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String approve(@PathVariable UUID id, @RequestParam long version) {
        closures.approveClosure(id, version);
        return backTo(id);
    }

    @PostMapping("/closure/refusal")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String refuse(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String reason) {
        closures.refuseClosure(id, version, reason);
        return backTo(id);
    }

    @PostMapping("/reopening")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String reopen(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String reason) {
        closures.reopen(id, version, reason);
        return backTo(id);
    }

    private static String backTo(UUID id) {
        return "redirect:/staff/cases/" + id;
    }
}
