package org.protego.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.reports.Category;
import org.protego.shared.RefusedException;
import org.protego.shared.ReturnsOnRefusalTo;
import org.protego.shared.TypedText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case worker's and supervisor's pages around the case page: the caseload and search, registering a child,
 * changing a case against the version shown, and its history. They work without JavaScript.
 */
@Controller
@RequestMapping("/staff/cases")
class CaseWorkPageController {

    /** Flash attribute with the cases that could be the same child as the one just registered. */
    static final String POSSIBLE_DUPLICATES = "possibleDuplicates";

    private final CaseManagement cases;
    private final CaseAccess access;
    private final Clock clock;

    CaseWorkPageController(CaseManagement cases, CaseAccess access, Clock clock) {
        this.cases = cases;
        this.access = access;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("riskLevels", RiskLevel.values());
        model.addAttribute("categories", Category.values());
    }

    /** The caseload, 50 a page; with a case number, a name or a date of birth, the cases found instead. */
    @GetMapping
    String caseload(
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String dateOfBirth,
            Model model) {
        model.addAttribute("canRegister", StaffMember.required().has(Role.CASE_WORKER));
        model.addAttribute("number", number);
        model.addAttribute("name", name);
        model.addAttribute("dateOfBirth", dateOfBirth);
        boolean searching = TypedText.orNullIfBlank(number) != null
                || TypedText.orNullIfBlank(name) != null
                || TypedText.orNullIfBlank(dateOfBirth) != null;
        model.addAttribute("searching", searching);
        if (!searching) {
            int shown = Math.max(1, page);
            List<CaseSummary> listed = cases.caseload(shown - 1);
            model.addAttribute("page", shown);
            model.addAttribute("hasNext", listed.size() == CaseManagement.PAGE_SIZE);
            model.addAttribute("summaries", listed);
            return "cases/caseload";
        }
        LocalDate born = null;
        if (TypedText.orNullIfBlank(dateOfBirth) != null) {
            try {
                born = LocalDate.parse(dateOfBirth.trim());
            } catch (DateTimeParseException e) {
                model.addAttribute("dateOfBirthUnreadable", true);
                model.addAttribute("summaries", List.of());
                return "cases/caseload";
            }
        }
        model.addAttribute("summaries", cases.search(number, name, born));
        return "cases/caseload";
    }

    @GetMapping("/new")
    String registrationForm(Model model) {
        if (!StaffMember.required().has(Role.CASE_WORKER)) {
            throw new AccessDeniedException("Only case workers register children");
        }
        Map<String, String> values = typedOr(model, Map.of());
        model.addAttribute("values", values);
        model.addAttribute("documentRows", CaseForm.documentRows(values));
        return "cases/new";
    }

    @PostMapping
    @ReturnsOnRefusalTo("/staff/cases/new")
    String register(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        CaseDetails details = CaseForm.detailsFrom(form, today());
        RegisteredCase registered = cases.register(new RegisterCase(
                details.child(),
                details.formsOfExploitation(),
                details.unaccompanied(),
                details.separated(),
                details.trafficked(),
                details.displaced(),
                details.riskLevel(),
                details.protectionNeeds(),
                form.get("reportReference")));
        if (!registered.possibleDuplicates().isEmpty()) {
            redirect.addFlashAttribute(POSSIBLE_DUPLICATES, registered.possibleDuplicates());
        }
        return "redirect:/staff/cases/" + registered.id() + "?registered";
    }

    /**
     * The edit form, filled with the case as it is now. After a refusal it shows what was typed; after a refusal for
     * a stale version it shows the case as it is now instead, with what was typed and not saved beside it, so that
     * the next save cannot overwrite a colleague's change unseen.
     */
    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        CaseView caseView = cases.open(id, null);
        Map<String, String> current = CaseForm.valuesOf(caseView);
        Map<String, String> typed = typedOr(model, null);
        Map<String, String> values = current;
        if (typed != null) {
            if (Objects.equals(typed.get("version"), current.get("version"))) {
                values = typed;
            } else {
                model.addAttribute("notSaved", notSaved(typed, current));
            }
        }
        model.addAttribute("caseView", caseView);
        model.addAttribute("values", values);
        model.addAttribute("documentRows", CaseForm.documentRows(values));
        return "cases/edit";
    }

    @PostMapping("/{id}/edit")
    @ReturnsOnRefusalTo("/staff/cases/{id}/edit")
    String change(@PathVariable UUID id, @RequestParam Map<String, String> form) {
        String version = TypedText.orNullIfBlank(form.get("version"));
        if (version == null) {
            throw new RefusedException(CaseError.VERSION_REQUIRED);
        }
        CaseDetails details = CaseForm.detailsFrom(form, today());
        cases.change(id, CaseApiController.versionIn(version), details);
        return "redirect:/staff/cases/" + id + "?changed";
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable UUID id, Model model) {
        model.addAttribute("changes", cases.history(id, null));
        // Only the number, which identifies no child; the history read above is the audited one.
        model.addAttribute("caseNumber", access.visibleCase(id).caseNumber());
        model.addAttribute("caseId", id);
        return "cases/history";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> typedOr(Model model, Map<String, String> otherwise) {
        Object typed = model.getAttribute("form");
        return typed instanceof Map<?, ?> map ? (Map<String, String>) map : otherwise;
    }

    /** The fields whose typed value differs from the case as it is now, in the form's order. */
    private static Map<String, String> notSaved(Map<String, String> typed, Map<String, String> current) {
        Set<String> fields = new LinkedHashSet<>(typed.keySet());
        fields.addAll(current.keySet());
        fields.remove("version");
        fields.remove("_csrf");
        Map<String, String> differing = new LinkedHashMap<>();
        for (String field : fields) {
            String unset = CaseForm.isBox(field) ? "false" : "";
            String was = typed.getOrDefault(field, unset).strip();
            if (!was.equals(current.getOrDefault(field, unset).strip())) {
                differing.put(field, was);
            }
        }
        return differing;
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
