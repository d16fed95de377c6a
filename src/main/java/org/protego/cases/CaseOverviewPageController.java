package org.protego.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The supervisor's overview: the caseload by risk level and overdue work grouped by kind, each linking to its case. */
@Controller
class CaseOverviewPageController {

    /** The kinds of overdue work in the order a supervisor reads them: the child's safety and rights first. */
    static final List<String> KINDS_IN_ORDER =
            List.of("guardian", "assessment", "determination", "care-plan-item", "follow-up");

    private final CaseOverviewManagement overview;

    CaseOverviewPageController(CaseOverviewManagement overview) {
        this.overview = overview;
    }

    @GetMapping("/staff/cases/overview")
    String overview(Model model) {
        CaseOverview caseOverview = overview.overview();
        model.addAttribute("overview", caseOverview);
        model.addAttribute("overdueByKind", byKind(caseOverview.overdue()));
        return "cases/overview";
    }

    /** Overdue work grouped by kind, known kinds in their order and any other after them, longest overdue first. */
    static Map<String, List<OverdueWork>> byKind(List<OverdueWork> overdue) {
        Map<String, List<OverdueWork>> groups = new LinkedHashMap<>();
        KINDS_IN_ORDER.forEach(kind -> groups.put(kind, new ArrayList<>()));
        overdue.forEach(work ->
                groups.computeIfAbsent(work.kind(), kind -> new ArrayList<>()).add(work));
        groups.values().removeIf(List::isEmpty);
        return groups;
    }
}
