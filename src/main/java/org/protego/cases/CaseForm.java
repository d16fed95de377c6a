package org.protego.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.protego.reports.Category;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.TypedText;

/**
 * The registration and edit forms of a case as flat text fields. Each field is named as the API names it, so that a
 * refusal's field problem lands beside its field, and each value is a single text, so that a refused form comes back
 * whole: a form of exploitation is one box of its own ({@code exploitation.trafficking}), an identity document one
 * row ({@code document.0.type}).
 */
final class CaseForm {

    static final String EXPLOITATION = "exploitation.";
    static final String DOCUMENT = "document.";
    /** Rows of identity documents on a new form; an edit form has one empty row more than the child's documents. */
    static final int DOCUMENT_ROWS = 3;

    private static final Set<String> FLAGS = Set.of("unaccompanied", "separated", "trafficked", "displaced");

    private CaseForm() {}

    /** The form's fields filled with a case's current values. */
    static Map<String, String> valuesOf(CaseView view) {
        Map<String, String> values = new LinkedHashMap<>();
        ChildRecord child = view.child();
        values.put("child.givenName", orEmpty(child.givenName()));
        values.put("child.familyName", orEmpty(child.familyName()));
        values.put("child.otherNames", orEmpty(child.otherNames()));
        values.put("child.sex", orEmpty(child.sex()));
        values.put(
                "child.dateOfBirth",
                child.dateOfBirth() == null ? "" : child.dateOfBirth().toString());
        values.put(
                "child.estimatedAge",
                child.estimatedAge() == null ? "" : child.estimatedAge().toString());
        values.put("child.ageEstimationMethod", orEmpty(child.ageEstimationMethod()));
        values.put("child.nationality", orEmpty(child.nationality()));
        values.put("child.languages", child.languages() == null ? "" : String.join(", ", child.languages()));
        List<IdentityDocument> documents = child.identityDocuments() == null ? List.of() : child.identityDocuments();
        for (int row = 0; row < documents.size(); row++) {
            IdentityDocument document = documents.get(row);
            values.put(DOCUMENT + row + ".type", document.type());
            values.put(DOCUMENT + row + ".number", document.number());
            values.put(DOCUMENT + row + ".issuingCountry", orEmpty(document.issuingCountry()));
        }
        view.formsOfExploitation().forEach(form -> values.put(EXPLOITATION + form, "true"));
        flag(values, "unaccompanied", view.unaccompanied());
        flag(values, "separated", view.separated());
        flag(values, "trafficked", view.trafficked());
        flag(values, "displaced", view.displaced());
        values.put("riskLevel", orEmpty(view.riskLevel()));
        values.put("protectionNeeds", orEmpty(view.protectionNeeds()));
        values.put("version", Long.toString(view.version()));
        return values;
    }

    /** How many document rows a form shows: every row it holds a value for, one empty row more, at least three. */
    static int documentRows(Map<String, String> values) {
        int filled = 0;
        for (String field : values.keySet()) {
            if (field.startsWith(DOCUMENT)) {
                String row = field.substring(DOCUMENT.length(), field.indexOf('.', DOCUMENT.length()));
                filled = Math.max(filled, Integer.parseInt(row) + 1);
            }
        }
        return Math.min(CaseDetailsRules.MAX_LIST, Math.max(DOCUMENT_ROWS, filled + 1));
    }

    /**
     * The details the form holds, as complete details (every flag set, every text given, an empty one clearing it).
     * Values that cannot be read at all (a date that is no date) are refused together with every other problem.
     */
    static CaseDetails detailsFrom(Map<String, String> form, LocalDate today) {
        List<FieldProblem> unreadable = new ArrayList<>();
        LocalDate dateOfBirth = null;
        String typedDate = TypedText.orNullIfBlank(form.get("child.dateOfBirth"));
        if (typedDate != null) {
            try {
                dateOfBirth = LocalDate.parse(typedDate.trim());
            } catch (DateTimeParseException e) {
                unreadable.add(new FieldProblem("child.dateOfBirth", CaseError.DATE_UNREADABLE));
            }
        }
        Integer estimatedAge = null;
        String typedAge = TypedText.orNullIfBlank(form.get("child.estimatedAge"));
        if (typedAge != null) {
            try {
                estimatedAge = Integer.valueOf(typedAge.trim());
            } catch (NumberFormatException e) {
                unreadable.add(new FieldProblem(
                        "child.estimatedAge",
                        CaseError.ESTIMATED_AGE_INVALID,
                        String.valueOf(CaseDetailsRules.OLDEST_AGE)));
            }
        }
        CaseDetails details = new CaseDetails(
                new ChildRecord(
                        text(form, "child.givenName"),
                        text(form, "child.familyName"),
                        text(form, "child.otherNames"),
                        TypedText.orNullIfBlank(form.get("child.sex")),
                        dateOfBirth,
                        estimatedAge,
                        text(form, "child.ageEstimationMethod"),
                        text(form, "child.nationality"),
                        languages(form.get("child.languages")),
                        documents(form)),
                Arrays.stream(Category.values())
                        .map(Category::code)
                        .filter(code -> checked(form, EXPLOITATION + code))
                        .toList(),
                checked(form, "unaccompanied"),
                checked(form, "separated"),
                checked(form, "trafficked"),
                checked(form, "displaced"),
                TypedText.orNullIfBlank(form.get("riskLevel")),
                text(form, "protectionNeeds"));
        if (!unreadable.isEmpty()) {
            Set<String> named = unreadable.stream().map(FieldProblem::field).collect(Collectors.toSet());
            List<FieldProblem> problems = new ArrayList<>(unreadable);
            CaseDetailsRules.problemsOf(details, today).stream()
                    .filter(problem -> !named.contains(problem.field()))
                    .forEach(problems::add);
            throw new InvalidRequestException(problems);
        }
        return details;
    }

    /** Whether a flag or a form of exploitation is ticked. */
    static boolean checked(Map<String, String> form, String field) {
        return "true".equals(form.get(field));
    }

    /** Whether a field is a tick box, which a browser leaves out of the form when it is not ticked. */
    static boolean isBox(String field) {
        return field.startsWith(EXPLOITATION) || FLAGS.contains(field);
    }

    private static List<String> languages(String typed) {
        if (TypedText.orNullIfBlank(typed) == null) {
            return List.of();
        }
        return Arrays.stream(typed.trim().split("[\\s,;]+"))
                .filter(code -> !code.isBlank())
                .map(code -> code.toLowerCase(Locale.ROOT))
                .toList();
    }

    /** The rows with anything typed in them; an empty row is no document. */
    private static List<IdentityDocument> documents(Map<String, String> form) {
        List<IdentityDocument> documents = new ArrayList<>();
        for (int row = 0; row < CaseDetailsRules.MAX_LIST + 1; row++) {
            String type = TypedText.orNullIfBlank(form.get(DOCUMENT + row + ".type"));
            String number = TypedText.orNullIfBlank(form.get(DOCUMENT + row + ".number"));
            String country = TypedText.orNullIfBlank(form.get(DOCUMENT + row + ".issuingCountry"));
            if (type != null || number != null || country != null) {
                documents.add(new IdentityDocument(orEmpty(type), orEmpty(number), country));
            }
        }
        return documents;
    }

    /** A text as typed; an empty field is an empty text, which clears an optional value on an edit. */
    private static String text(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null ? "" : value;
    }

    private static void flag(Map<String, String> values, String field, boolean set) {
        if (set) {
            values.put(field, "true");
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
