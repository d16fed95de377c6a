package org.protego.shared;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes refusals out from their message keys: in English for problem details, which machines and their operators
 * read, and in the user's language for pages.
 */
@Component
public class ProblemMessages {

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String messageKey, List<Object> arguments, Locale locale) {
        return messages.getMessage(messageKey, arguments.toArray(), locale);
    }

    public String text(FieldProblem problem, Locale locale) {
        return text(problem.messageKey(), problem.arguments(), locale);
    }

    public String text(RefusedException refusal, Locale locale) {
        return text(refusal.error().messageKey(), refusal.arguments(), locale);
    }

    public String english(FieldProblem problem) {
        return text(problem, Locale.ENGLISH);
    }

    public String english(RefusedException refusal) {
        return text(refusal, Locale.ENGLISH);
    }
}
