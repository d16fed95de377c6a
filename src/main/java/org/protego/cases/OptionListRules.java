package org.protego.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.protego.shared.FieldProblem;
import org.protego.shared.TypedText;

/**
 * What an option list an administrator edits may hold, and whether a child's record keeps to the deployment's lists:
 * identity document types and languages come from the lists for the deployment's country.
 */
final class OptionListRules {

    static final String DOCUMENT_TYPES = "identity-document-types";
    static final String LANGUAGES = "languages";
    static final int MAX_OPTIONS = 500;
    static final int MAX_LABEL = 200;

    private static final Pattern LIST_NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    /** ISO 639-1 or 639-3, as {@link CaseDetailsRules} takes a child's languages. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private OptionListRules() {}

    static boolean validListName(String list) {
        return list != null && LIST_NAME.matcher(list).matches();
    }

    /** The problems of a list as an administrator sent it, each named by its place: {@code options[2].code}. */
    static List<FieldProblem> problemsOf(String list, boolean everyCountry, List<OptionLists.Option> options) {
        List<FieldProblem> problems = new ArrayList<>();
        if (options == null || (everyCountry && options.isEmpty())) {
            problems.add(new FieldProblem("options", CaseError.OPTION_LIST_EMPTY));
            return problems;
        }
        if (options.size() > MAX_OPTIONS) {
            problems.add(new FieldProblem("options", CaseError.OPTION_INVALID, String.valueOf(MAX_OPTIONS)));
            return problems;
        }
        Pattern codes = LANGUAGES.equals(list) ? LANGUAGE : CODE;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            OptionLists.Option option = options.get(i);
            String at = "options[" + i + "]";
            if (option == null) {
                problems.add(new FieldProblem(at, CaseError.OPTION_INVALID, String.valueOf(MAX_OPTIONS)));
                continue;
            }
            if (option.code() == null || !codes.matcher(option.code()).matches() || !seen.add(option.code())) {
                problems.add(new FieldProblem(at + ".code", CaseError.OPTION_INVALID, String.valueOf(MAX_OPTIONS)));
            }
            if (!label(option.label())) {
                problems.add(new FieldProblem(at + ".label", CaseError.OPTION_INVALID, String.valueOf(MAX_OPTIONS)));
            }
            Map<String, String> translations = option.translations() == null ? Map.of() : option.translations();
            boolean translationsValid = translations.size() <= 20
                    && translations.entrySet().stream()
                            .allMatch(translation -> translation.getKey() != null
                                    && LANGUAGE.matcher(translation.getKey()).matches()
                                    && label(translation.getValue()));
            if (!translationsValid) {
                problems.add(
                        new FieldProblem(at + ".translations", CaseError.OPTION_INVALID, String.valueOf(MAX_OPTIONS)));
            }
        }
        return problems;
    }

    /**
     * The problems of a child's record against the deployment's lists; a list that is not there (null) checks
     * nothing. Entries that are malformed anyway are left to {@link CaseDetailsRules}.
     */
    static List<FieldProblem> childProblemsOf(ChildRecord child, Set<String> documentTypes, Set<String> languages) {
        List<FieldProblem> problems = new ArrayList<>();
        if (child == null) {
            return problems;
        }
        if (documentTypes != null
                && child.identityDocuments() != null
                && child.identityDocuments().stream()
                        .anyMatch(document -> document != null
                                && TypedText.orNullIfBlank(document.type()) != null
                                && !documentTypes.contains(document.type().trim()))) {
            problems.add(new FieldProblem("child.identityDocuments", CaseError.DOCUMENT_INVALID));
        }
        if (languages != null
                && child.languages() != null
                && child.languages().stream().anyMatch(language -> language != null && !languages.contains(language))) {
            problems.add(new FieldProblem("child.languages", CaseError.LANGUAGE_INVALID));
        }
        return problems;
    }

    private static boolean label(String label) {
        return TypedText.orNullIfBlank(label) != null
                && label.length() <= MAX_LABEL
                && !TypedText.hasForbiddenControlCharacters(label);
    }
}
