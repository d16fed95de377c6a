package org.protego.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.protego.shared.FieldProblem;

/** Problems found in a submitted form, grouped by the form field they are shown beside. */
final class FormErrors {

    /**
     * One message beside a field: either a key of the public form's own wording or a sentence already in the reader's
     * language, and the 1-based line of the URL field it is about, or 0.
     */
    record Message(String key, String text, int line) {}

    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");

    private FormErrors() {}

    /** The public form's messages, worded for children under {@code report.error.<code>}. */
    static Map<String, List<Message>> of(List<FieldProblem> problems) {
        Map<String, List<Message>> byField = new LinkedHashMap<>();
        problems.forEach(problem -> add(byField, problem.field(), "report.error." + problem.code(), null));
        return byField;
    }

    /** Sentences a refused form brought back, by field, as a staff form shows them beside its fields. */
    static Map<String, List<Message>> ofSentences(Map<String, String> sentencesByField) {
        Map<String, List<Message>> byField = new LinkedHashMap<>();
        sentencesByField.forEach((field, sentence) -> add(byField, field, null, sentence));
        return byField;
    }

    private static void add(Map<String, List<Message>> byField, String field, String key, String text) {
        int line = 0;
        Matcher indexed = INDEXED.matcher(field);
        if (indexed.matches()) {
            field = indexed.group(1);
            line = Integer.parseInt(indexed.group(2)) + 1;
        }
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(new Message(key, text, line));
    }
}
