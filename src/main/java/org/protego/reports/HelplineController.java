package org.protego.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The helpline operator's form for recording a phone or chat contact as a report. */
@Controller
@RequestMapping("/staff/helpline/reports")
class HelplineController {

    private final ReportManagement reports;

    HelplineController(ReportManagement reports) {
        this.reports = reports;
    }

    @ModelAttribute("channels")
    List<Channel> channels() {
        return List.of(Channel.PHONE, Channel.CHAT, Channel.EMAIL, Channel.IN_PERSON);
    }

    @GetMapping("/new")
    String form(Model model, Locale locale) {
        var form = new ReportForm();
        form.setChannel(Channel.PHONE.name());
        form.setSubmissionToken(UUID.randomUUID().toString());
        ReportController.showForm(model, form, locale);
        return "staff/helpline-form";
    }

    @PostMapping("/new")
    String record(@ModelAttribute("form") ReportForm form, Model model, Locale locale, HttpServletResponse response) {
        try {
            Channel channel = parseChannel(form.getChannel());
            Acknowledgement acknowledgement =
                    reports.recordHelplineContact(form.toSubmission(locale.getLanguage()), channel);
            model.addAttribute("acknowledgement", acknowledgement);
            model.addAttribute("channel", channel);
            return "staff/helpline-done";
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(e.problems(), List.of()));
            ReportController.showForm(model, form, locale);
            return "staff/helpline-form";
        }
    }

    private static Channel parseChannel(String value) {
        try {
            return Channel.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(new FieldProblem(
                    "channel", ReportError.CHANNEL_UNKNOWN.code(), ReportError.CHANNEL_UNKNOWN.detail())));
        }
    }
}
