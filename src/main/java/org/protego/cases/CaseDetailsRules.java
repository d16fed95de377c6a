package org.protego.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.protego.reports.Category;
import org.protego.shared.CountryCode;
import org.protego.shared.FieldProblem;
import org.protego.shared.TypedText;

/** What a complete, valid record of a child and the case looks like; every problem is named by its field. */
final class CaseDetailsRules {

    static final int MAX_NAME = 200;
    static final int MAX_NEEDS = 4000;
    static final int MAX_SHORT_TEXT = 200;
    static final int MAX_LIST = 20;
    static final int OLDEST_AGE = 24;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private CaseDetailsRules() {}

    /** The problems of a case's details as they would be stored; an empty list means they may be stored. */
    static List<FieldProblem> problemsOf(CaseDetails details, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        ChildRecord child = details.child();
        if (child == null) {
            problems.add(new FieldProblem("child.givenName", CaseError.NAME_REQUIRED));
            return problems;
        }
        if (TypedText.orNullIfBlank(child.givenName()) == null && TypedText.orNullIfBlank(child.familyName()) == null) {
            problems.add(new FieldProblem("child.givenName", CaseError.NAME_REQUIRED));
        }
        text(problems, "child.givenName", child.givenName(), MAX_NAME);
        text(problems, "child.familyName", child.familyName(), MAX_NAME);
        text(problems, "child.otherNames", child.otherNames(), MAX_NAME);
        text(problems, "child.ageEstimationMethod", child.ageEstimationMethod(), MAX_SHORT_TEXT);
        if (child.sex() == null || Sex.fromCode(child.sex()).isEmpty()) {
            problems.add(new FieldProblem("child.sex", CaseError.SEX_INVALID));
        }
        if (child.dateOfBirth() == null && child.estimatedAge() == null) {
            problems.add(new FieldProblem("child.dateOfBirth", CaseError.AGE_REQUIRED));
        }
        if (child.dateOfBirth() != null
                && (child.dateOfBirth().isAfter(today)
                        || child.dateOfBirth().isBefore(today.minusYears(OLDEST_AGE + 1)))) {
            problems.add(
                    new FieldProblem("child.dateOfBirth", CaseError.DATE_OF_BIRTH_INVALID, String.valueOf(OLDEST_AGE)));
        }
        if (child.estimatedAge() != null && (child.estimatedAge() < 0 || child.estimatedAge() > OLDEST_AGE)) {
            problems.add(new FieldProblem(
                    "child.estimatedAge", CaseError.ESTIMATED_AGE_INVALID, String.valueOf(OLDEST_AGE)));
        }
        if (TypedText.orNullIfBlank(child.nationality()) != null && !CountryCode.isValid(child.nationality())) {
            problems.add(new FieldProblem("child.nationality", CaseError.NATIONALITY_INVALID));
        }
        if (child.languages() != null
                && (child.languages().size() > MAX_LIST
                        || child.languages().stream()
                                .anyMatch(language -> language == null
                                        || !LANGUAGE.matcher(language).matches()))) {
            problems.add(new FieldProblem("child.languages", CaseError.LANGUAGE_INVALID));
        }
        if (child.identityDocuments() != null) {
            boolean invalid = child.identityDocuments().size() > MAX_LIST
                    || child.identityDocuments().stream().anyMatch(CaseDetailsRules::documentInvalid);
            if (invalid) {
                problems.add(new FieldProblem("child.identityDocuments", CaseError.DOCUMENT_INVALID));
            }
        }
        if (details.formsOfExploitation() != null
                && (details.formsOfExploitation().size() > MAX_LIST
                        || details.formsOfExploitation().stream()
                                .anyMatch(form ->
                                        form == null || Category.fromCode(form).isEmpty()))) {
            problems.add(new FieldProblem("formsOfExploitation", CaseError.FORM_OF_EXPLOITATION_INVALID));
        }
        if (details.riskLevel() == null
                || RiskLevel.fromCode(details.riskLevel()).isEmpty()) {
            problems.add(new FieldProblem("riskLevel", CaseError.RISK_LEVEL_INVALID));
        }
        text(problems, "protectionNeeds", details.protectionNeeds(), MAX_NEEDS);
        return problems;
    }

    private static boolean documentInvalid(IdentityDocument document) {
        return document == null
                || TypedText.orNullIfBlank(document.type()) == null
                || TypedText.orNullIfBlank(document.number()) == null
                || document.type().length() > MAX_SHORT_TEXT
                || document.number().length() > MAX_SHORT_TEXT
                || TypedText.hasForbiddenControlCharacters(document.type())
                || TypedText.hasForbiddenControlCharacters(document.number())
                || (TypedText.orNullIfBlank(document.issuingCountry()) != null
                        && !CountryCode.isValid(document.issuingCountry()));
    }

    private static void text(List<FieldProblem> problems, String field, String value, int longest) {
        if (value != null && (value.length() > longest || TypedText.hasForbiddenControlCharacters(value))) {
            problems.add(new FieldProblem(field, CaseError.TEXT_INVALID, String.valueOf(longest)));
        }
    }
}
