package org.protego.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The registry of codes of conduct for monitors, and a company's own entry with its self-report form. */
@Controller
class RegistryPageController {

    private final RegistryManagement registry;
    private final java.time.Clock clock;

    RegistryPageController(RegistryManagement registry, java.time.Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping("/staff/monitoring/registry")
    String registry(@AuthenticationPrincipal StaffMember me, Model model) {
        model.addAttribute("companies", registry.registryPage());
        model.addAttribute("codes", registry.codes());
        model.addAttribute("mayAssess", me.has(Role.MONITOR));
        model.addAttribute("assessments", RegistryManagement.ASSESSMENTS);
        return "monitoring/registry";
    }

    @PostMapping("/staff/monitoring/registry/companies")
    @ReturnsOnRefusalTo("/staff/monitoring/registry")
    String sign(
            @RequestParam(required = false) String company,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String signedOn) {
        registry.sign(new RegistryViews.NewSignature(company, code, signedOn));
        return "redirect:/staff/monitoring/registry?saved";
    }

    @PostMapping("/staff/monitoring/registry/self-reports/{id}/assessment")
    @ReturnsOnRefusalTo("/staff/monitoring/registry")
    String assess(
            @PathVariable UUID id,
            @RequestParam(required = false) String assessment,
            @RequestParam(required = false) String note) {
        registry.assess(id, new RegistryViews.Assessment(assessment, note));
        return "redirect:/staff/monitoring/registry?saved#self-report-" + id;
    }

    /** A company's entry for the monitoring body: its signatures, withdrawals and self-reports entered on its behalf. */
    @GetMapping("/staff/monitoring/registry/companies/{id}")
    String entry(@AuthenticationPrincipal StaffMember me, @PathVariable UUID id, Model model) {
        model.addAttribute("company", registry.registryEntry(id));
        model.addAttribute("mayReportOnBehalf", me.has(Role.MONITOR));
        addSelfReportForm(model);
        return "monitoring/registry-company";
    }

    @PostMapping("/staff/monitoring/registry/companies/{id}/signatures/{code}/withdrawal")
    @ReturnsOnRefusalTo("/staff/monitoring/registry/companies/{id}")
    String withdraw(
            @PathVariable UUID id, @PathVariable String code, @RequestParam(required = false) String withdrawnOn) {
        registry.withdraw(id, code, new RegistryViews.Withdrawal(withdrawnOn));
        return "redirect:/staff/monitoring/registry/companies/" + id + "?saved";
    }

    /** A self-report the company sent outside Protego, entered by a monitor; recorded as entered on its behalf. */
    @PostMapping("/staff/monitoring/registry/companies/{id}/self-reports")
    @ReturnsOnRefusalTo("/staff/monitoring/registry/companies/{id}")
    String submitOnBehalf(
            @PathVariable UUID id,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) Integer year,
            @RequestParam Map<String, String> fields) {
        registry.submit(id, selfReport(code, year, fields));
        return "redirect:/staff/monitoring/registry/companies/" + id + "?saved";
    }

    @GetMapping("/staff/company")
    String company(Model model) {
        model.addAttribute("company", registry.ownCompany().orElse(null));
        addSelfReportForm(model);
        return "monitoring/company";
    }

    @PostMapping("/staff/company/self-reports")
    @ReturnsOnRefusalTo("/staff/company")
    String submit(
            @AuthenticationPrincipal StaffMember me,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) Integer year,
            @RequestParam Map<String, String> fields) {
        registry.submit(me.organisationId(), selfReport(code, year, fields));
        return "redirect:/staff/company?submitted";
    }

    private void addSelfReportForm(Model model) {
        Map<String, RegistryViews.CodeOfConduct> codesByCode = new java.util.LinkedHashMap<>();
        registry.codes().forEach(code -> codesByCode.put(code.code(), code));
        model.addAttribute("codesByCode", codesByCode);
        // A company usually reports on the year that ended.
        model.addAttribute("defaultYear", java.time.Year.now(clock).getValue() - 1);
        model.addAttribute("answers", List.of("met", "partially_met", "not_met"));
    }

    /** The form names each answer {@code answer.<commitment>} and its text {@code text.<commitment>}. */
    private static RegistryViews.NewSelfReport selfReport(String code, Integer year, Map<String, String> fields) {
        List<RegistryViews.Answer> answers = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("answer.")) {
                String commitment = name.substring("answer.".length());
                answers.add(new RegistryViews.Answer(commitment, value, fields.get("text." + commitment)));
            }
        });
        return new RegistryViews.NewSelfReport(code, year, answers);
    }
}
