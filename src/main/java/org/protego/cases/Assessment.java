package org.protego.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.protego.shared.FieldProblem;
import org.protego.shared.TypedText;

/**
 * One revision of a child's best-interests assessment: what the case worker found about the child's safety, family
 * and care, health and education, what the child says they want, and what the case worker recommends. A revision is
 * never changed; revising writes the next one, so that a determination keeps the assessment it relied on.
 */
record Assessment(
        UUID id,
        UUID caseId,
        int revision,
        LocalDate assessedOn,
        UUID authorId,
        String author,
        Instant recordedAt,
        Sections sections) {

    static final int MAX_SECTION = 8000;

    /** The sections, which identify the child and are stored encrypted together. */
    record Sections(
            String safety,
            String familyAndCare,
            String health,
            String education,
            String viewsAndWishes,
            String recommendations) {

        /** The sections by the names the API gives them, in the order an assessment is read. */
        Map<String, String> named() {
            Map<String, String> named = new LinkedHashMap<>();
            named.put("safety", safety);
            named.put("familyAndCare", familyAndCare);
            named.put("health", health);
            named.put("education", education);
            named.put("viewsAndWishes", viewsAndWishes);
            named.put("recommendations", recommendations);
            return named;
        }
    }

    /**
     * What is wrong with an assessment as written, field by field: a section too long or holding control characters,
     * every section blank, or a date after today or before the case was registered.
     */
    static List<FieldProblem> problemsOf(WriteAssessment written, LocalDate registeredOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> named = sectionsOf(written).named();
        named.forEach((field, text) -> {
            if (text != null && (text.length() > MAX_SECTION || TypedText.hasForbiddenControlCharacters(text))) {
                problems.add(new FieldProblem(field, CaseError.TEXT_INVALID, String.valueOf(MAX_SECTION)));
            }
        });
        if (named.values().stream().allMatch(text -> TypedText.orNullIfBlank(text) == null)) {
            problems.add(new FieldProblem("safety", CaseError.ASSESSMENT_EMPTY));
        }
        LocalDate assessedOn = written.assessedOn();
        if (assessedOn != null && (assessedOn.isAfter(today) || assessedOn.isBefore(registeredOn))) {
            problems.add(new FieldProblem("assessedOn", CaseError.ASSESSMENT_DATE_INVALID));
        }
        return problems;
    }

    /** The sections as they are stored: trimmed, a blank one as none. */
    static Sections sectionsOf(WriteAssessment written) {
        return new Sections(
                trimmed(written.safety()),
                trimmed(written.familyAndCare()),
                trimmed(written.health()),
                trimmed(written.education()),
                trimmed(written.viewsAndWishes()),
                trimmed(written.recommendations()));
    }

    /** The revision as the case history shows it: date, author and every section written. */
    String describe() {
        return "revision " + revision + " of " + assessedOn + " by " + author + ": "
                + sections.named().entrySet().stream()
                        .filter(section -> section.getValue() != null)
                        .map(section -> section.getKey() + ": " + section.getValue())
                        .collect(Collectors.joining("; "));
    }

    AssessmentView view() {
        return new AssessmentView(
                id,
                revision,
                assessedOn,
                author,
                recordedAt,
                sections.safety(),
                sections.familyAndCare(),
                sections.health(),
                sections.education(),
                sections.viewsAndWishes(),
                sections.recommendations());
    }

    private static String trimmed(String text) {
        return TypedText.orNullIfBlank(text) == null ? null : text.trim();
    }
}
