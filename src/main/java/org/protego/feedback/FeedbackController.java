package org.protego.feedback;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.protego.shared.FieldProblem;
import org.protego.shared.ProblemMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public feedback page for children: type the code, answer a few questions with faces, and be thanked. No sign-in
 * and no JavaScript. A wrong, expired and used code all get the same answer, so that trying codes teaches nothing.
 */
@Controller
class FeedbackController {

    static final String PAGE = "/feedback";
    static final String ANSWERS = "/feedback/answers";
    static final List<String> QUESTIONS = List.of("treated", "safe", "helped");
    static final List<String> SCORES = List.of("1", "2", "3", "4", "5");
    static final List<String> RECOMMEND = List.of("yes", "no", "not_sure");

    private final ChildFeedback feedback;
    private final ProblemMessages messages;

    FeedbackController(ChildFeedback feedback, ProblemMessages messages) {
        this.feedback = feedback;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String codePage() {
        return "feedback/code";
    }

    @PostMapping(PAGE)
    String enterCode(@RequestParam(defaultValue = "") String code, Model model) {
        if (!feedback.codeWorks(code)) {
            return codeRefused(model);
        }
        return showForm(model, code, Map.of(), Map.of());
    }

    /** Switching language on the form leads here: back to the code, in the new language. */
    @GetMapping(ANSWERS)
    String answersPage() {
        return "redirect:" + PAGE;
    }

    @PostMapping(ANSWERS)
    String answer(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String treated,
            @RequestParam(defaultValue = "") String safe,
            @RequestParam(defaultValue = "") String helped,
            @RequestParam(defaultValue = "") String recommend,
            @RequestParam(defaultValue = "") String comment,
            @RequestParam(defaultValue = "no") String contact,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        List<FieldProblem> problems = ChildAnswers.problemsWith(treated, safe, helped, recommend, comment, contact);
        if (!problems.isEmpty()) {
            if (!feedback.codeWorks(code)) {
                return codeRefused(model);
            }
            // Shown beside the questions on the same page, answered 400, so that nothing typed is lost without
            // JavaScript.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> wrong = new LinkedHashMap<>();
            problems.forEach(problem -> wrong.putIfAbsent(problem.field(), messages.text(problem, locale)));
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("treated", treated);
            typed.put("safe", safe);
            typed.put("helped", helped);
            typed.put("recommend", recommend);
            typed.put("comment", comment);
            typed.put("contact", contact);
            return showForm(model, code, typed, wrong);
        }
        ChildAnswers answers = ChildAnswers.read(treated, safe, helped, recommend, comment, contact);
        if (!feedback.submit(code, answers, locale.getLanguage())) {
            return codeRefused(model);
        }
        model.addAttribute("contactRequested", answers.wantsContact());
        return "feedback/thanks";
    }

    private static String codeRefused(Model model) {
        model.addAttribute("codeRefused", true);
        return "feedback/code";
    }

    private static String showForm(Model model, String code, Map<String, String> typed, Map<String, String> wrong) {
        model.addAttribute("code", code.strip());
        model.addAttribute("questions", QUESTIONS);
        model.addAttribute("scores", SCORES);
        model.addAttribute("recommendOptions", RECOMMEND);
        model.addAttribute("typed", typed);
        model.addAttribute("wrong", wrong);
        return "feedback/form";
    }
}
