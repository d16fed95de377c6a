package org.protego.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.CountryCode;
import org.protego.shared.InvalidRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages: home, the report form, its confirmation, and the status look-up. They need no JavaScript. */
@Controller
class ReportController {

    record CountryOption(String code, String name) {}

    private final ReportManagement reports;
    private final HelpNumbers helpNumbers;

    ReportController(ReportManagement reports, ReportSettings settings) {
        this.reports = reports;
        this.helpNumbers = settings.help();
    }

    @ModelAttribute("help")
    HelpNumbers help() {
        return helpNumbers;
    }

    @GetMapping("/")
    String home() {
        return "index";
    }

    @GetMapping("/report")
    String form(Model model, Locale locale) {
        // A post refused for a reason other than its fields (a reused token) comes back here with what was typed.
        var form = ReportForm.refilledFrom(model.getAttribute("form"));
        form.setSubmissionToken(UUID.randomUUID().toString());
        return showForm(model, form, locale);
    }

    /**
     * Problems with the fields are shown beside them on the form itself, answered 400 without a redirect, so that the
     * page works without JavaScript and keeps everything typed, the token included.
     */
    @PostMapping("/report")
    String submit(@ModelAttribute("form") ReportForm form, Model model, Locale locale, HttpServletResponse response) {
        try {
            // The form's token makes a double click or a reload return the same report instead of a second one.
            Acknowledgement acknowledgement = reports.submitIdempotently(
                    form.getSubmissionToken(), form.toSubmission(locale.getLanguage()), Channel.WEB);
            model.addAttribute("acknowledgement", acknowledgement);
            model.addAttribute("forChild", form.isReporterIsChild());
            return "report/done";
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(e.problems()));
            return showForm(model, form, locale);
        }
    }

    @GetMapping("/report/status")
    String statusForm() {
        return "report/status";
    }

    @PostMapping("/report/status")
    String status(
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String code,
            Model model) {
        Optional<ReportStatus> status = reports.statusFor(reference, code);
        model.addAttribute("reference", reference.length() > 40 ? "" : reference);
        model.addAttribute("status", status.map(ReportStatus::code).orElse(null));
        model.addAttribute("notFound", status.isEmpty());
        return "report/status";
    }

    static String showForm(Model model, ReportForm form, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("categories", Category.values());
        model.addAttribute("countries", countries(locale));
        return "report/form";
    }

    static List<CountryOption> countries(Locale locale) {
        return java.util.Arrays.stream(Locale.getISOCountries())
                .map(code -> new CountryOption(code, new CountryCode(code).displayName(locale)))
                .sorted(Comparator.comparing(CountryOption::name, java.text.Collator.getInstance(locale)))
                .toList();
    }
}
