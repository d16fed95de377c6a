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

    /** One message: its key, and the 1-based line of the URL field it is about, or 0. */
    record Message(String key, int line) {}

    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");

    private FormErrors() {}

    static Map<String, List<Message>> of(List<FieldProblem> problems, List<String> urlLines) {
        Map<String, List<Message>> byField = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String field = problem.field();
            int line = 0;
            Matcher indexed = INDEXED.matcher(field);
            if (indexed.matches()) {
                field = indexed.group(1);
                line = Integer.parseInt(indexed.group(2)) + 1;
            }
            byField.computeIfAbsent(field, f -> new ArrayList<>())
                    .add(new Message("report.error." + problem.code(), line));
        }
        return byField;
    }
}
