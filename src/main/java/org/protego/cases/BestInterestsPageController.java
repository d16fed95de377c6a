package org.protego.cases;

import java.time.LocalDate;
import java.util.UUID;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The best-interests forms of the case page; each returns to the case page, refused or not. */
@Controller
@RequestMapping("/staff/cases/{id}")
class BestInterestsPageController {

    private final BestInterestsManagement bestInterests;
    private final CaseAccess access;

    BestInterestsPageController(BestInterestsManagement bestInterests, CaseAccess access) {
        this.bestInterests = bestInterests;
        this.access = access;
    }

    @PostMapping("/assessments")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String writeAssessment(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
            @RequestParam(required = false) String safety,
            @RequestParam(required = false) String familyAndCare,
            @RequestParam(required = false) String health,
            @RequestParam(required = false) String education,
            @RequestParam(required = false) String viewsAndWishes,
            @RequestParam(required = false) String recommendations) {
        bestInterests.writeAssessment(
                id,
                version,
                new WriteAssessment(
                        assessedOn, safety, familyAndCare, health, education, viewsAndWishes, recommendations));
        return backTo(id);
    }

    @PostMapping("/determinations")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String requestDetermination(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) String decisionType,
            @RequestParam(required = false) String question,
            @RequestParam(required = false) UUID assessmentId) {
        bestInterests.requestDetermination(id, version, new RequestDetermination(decisionType, question, assessmentId));
        return backTo(id);
    }

    @PostMapping("/determinations/{determinationId}/views")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String recordView(
            @PathVariable UUID id,
            @PathVariable UUID determinationId,
            @RequestParam long version,
            @RequestParam(required = false) String position,
            @RequestParam(required = false) String reasoning) {
        bestInterests.recordView(id, determinationId, version, new RecordView(position, reasoning));
        return backTo(id);
    }

    @PostMapping("/determinations/{determinationId}/decision")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String decide(
            @PathVariable UUID id,
            @PathVariable UUID determinationId,
            @RequestParam long version,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String outcome) {
        bestInterests.decide(id, determinationId, version, new RecordDecision(decision, outcome));
        // A supervisor from outside the case's team read it only for the panel, and may no longer once it decided.
        return access.inScope(id) ? backTo(id) : "redirect:/staff/cases?determinationDecided";
    }

    private static String backTo(UUID id) {
        return "redirect:/staff/cases/" + id + "#best-interests";
    }
}
