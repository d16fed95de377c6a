package org.protego.reports;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The helpline operator's form for recording a phone or chat contact as a report. A refused form comes back through
 * the page problem advice with what was typed, and each problem beside its field.
 */
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
        var form = ReportForm.refilledFrom(model.getAttribute("form"));
        if (form.getChannel() == null) {
            form.setChannel(Channel.PHONE.name());
        }
        form.setSubmissionToken(UUID.randomUUID().toString());
        if (model.getAttribute("fieldProblems") instanceof Map<?, ?> problems) {
            var sentences = new LinkedHashMap<String, String>();
            problems.forEach((field, sentence) -> sentences.put(String.valueOf(field), String.valueOf(sentence)));
            model.addAttribute("errors", FormErrors.ofSentences(sentences));
        }
        ReportController.showForm(model, form, locale);
        return "staff/helpline-form";
    }

    @PostMapping("/new")
    String record(@ModelAttribute("form") ReportForm form, Model model, Locale locale) {
        Channel channel = parseChannel(form.getChannel());
        Acknowledgement acknowledgement =
                reports.recordHelplineContact(form.toSubmission(locale.getLanguage()), channel);
        model.addAttribute("acknowledgement", acknowledgement);
        model.addAttribute("channel", channel);
        return "staff/helpline-done";
    }

    private static Channel parseChannel(String value) {
        return Arrays.stream(Channel.values())
                .filter(channel -> channel.name().equals(value))
                .findFirst()
                .orElseThrow(() ->
                        new InvalidRequestException(List.of(new FieldProblem("channel", ReportError.CHANNEL_UNKNOWN))));
    }
}
