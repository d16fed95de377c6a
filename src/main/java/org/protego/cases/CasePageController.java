package org.protego.cases;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The case page: the child's details, then each part of the case in its own section. */
@Controller
@RequestMapping("/staff/cases")
class CasePageController {

    private final CaseManagement cases;
    private final CaseAccess access;
    private final List<CasePagePart> parts;
    private final List<CasePageSection> sections;

    CasePageController(
            CaseManagement cases, CaseAccess access, List<CasePagePart> parts, List<CasePageSection> sections) {
        this.cases = cases;
        this.access = access;
        this.parts = parts.stream()
                .sorted(Comparator.comparingInt(CasePagePart::order))
                .toList();
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(CasePageSection::order))
                .toList();
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, Model model) {
        CaseView caseView = cases.open(id, null);
        model.addAttribute("caseView", caseView);
        boolean panelReader = !access.inScope(id);
        model.addAttribute("panelReader", panelReader);
        List<CasePagePart> shown = parts.stream()
                .filter(part -> !panelReader || part.shownToPanelReaders())
                .toList();
        shown.forEach(part -> part.addTo(model, caseView));
        model.addAttribute(
                "caseParts", shown.stream().map(CasePagePart::fragment).toList());
        List<CasePageSection> shownSections = panelReader ? List.of() : sections;
        shownSections.forEach(section -> section.addTo(model, id, caseView.state()));
        model.addAttribute(
                "caseSections",
                shownSections.stream().map(CasePageSection::template).toList());
        return "cases/case";
    }

    @PostMapping("/{id}/guardian")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String appointGuardian(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam String name,
            @RequestParam(required = false) String organisation) {
        cases.appointGuardian(id, version, new Guardian(name, organisation, null));
        return "redirect:/staff/cases/" + id;
    }
}
