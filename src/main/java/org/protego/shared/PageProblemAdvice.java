package org.protego.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Shows every refusal a page's action meets in the user's language, in one place instead of a catch block per form.
 * A refused post goes back, by redirect, to the page it came from, which then shows what was wrong and the values
 * that were typed (never passwords, codes or tokens); a refused page view shows the error page with the reason.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblemAdvice {

    /** Flash attribute holding the sentences to show, each already in the user's language. */
    static final String PROBLEMS = "problems";
    /** Flash attribute mapping a field's name to what is wrong with it, for messages beside the field. */
    static final String FIELD_PROBLEMS = "fieldProblems";
    /** Flash attribute with the values the refused form held, so that nobody types them again. */
    static final String FORM = "form";

    private static final Pattern SECRET_FIELD = Pattern.compile("(?i).*(password|secret|token|code|totp|_csrf).*");

    private final ProblemMessages messages;

    PageProblemAdvice(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RefusedException.class)
    ModelAndView refused(RefusedException refusal, HttpServletRequest request, HandlerMethod handler) {
        Locale locale = RequestContextUtils.getLocale(request);
        return answer(request, handler, refusal.error().status(), List.of(messages.text(refusal, locale)), Map.of());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ModelAndView invalid(InvalidRequestException invalid, HttpServletRequest request, HandlerMethod handler) {
        Locale locale = RequestContextUtils.getLocale(request);
        List<String> sentences = new ArrayList<>();
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem problem : invalid.problems()) {
            String text = messages.text(problem, locale);
            sentences.add(text);
            byField.putIfAbsent(problem.field(), text);
        }
        return answer(request, handler, HttpStatus.BAD_REQUEST, sentences, byField);
    }

    private static ModelAndView answer(
            HttpServletRequest request,
            HandlerMethod handler,
            HttpStatus status,
            List<String> sentences,
            Map<String, String> byField) {
        if (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())) {
            ModelAndView errorPage = new ModelAndView("error", status);
            errorPage.addObject("status", status.value());
            errorPage.addObject("reasons", sentences);
            return errorPage;
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(PROBLEMS, sentences);
        flash.put(FIELD_PROBLEMS, byField);
        flash.put(FORM, typedValues(request));
        return new ModelAndView("redirect:" + returnPath(request, handler));
    }

    private static Map<String, String> typedValues(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, given) -> {
            if (!SECRET_FIELD.matcher(name).matches() && given.length > 0) {
                // A group of ticked boxes sends one value each; the form shows them all ticked again.
                values.put(name, String.join(",", given));
            }
        });
        return values;
    }

    @SuppressWarnings("unchecked")
    private static String returnPath(HttpServletRequest request, HandlerMethod handler) {
        ReturnsOnRefusalTo target = handler.getMethodAnnotation(ReturnsOnRefusalTo.class);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (target == null) {
            return path;
        }
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return UriComponentsBuilder.fromPath(target.value())
                .buildAndExpand(variables == null ? Map.of() : variables)
                .encode()
                .toUriString();
    }
}
