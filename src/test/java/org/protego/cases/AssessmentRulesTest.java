package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.protego.shared.FieldProblem;

/** What a best-interests assessment must hold before it is stored, without Spring. */
class AssessmentRulesTest {

    static final LocalDate REGISTERED = LocalDate.parse("2026-02-01");
    static final LocalDate TODAY = LocalDate.parse("2026-03-01");

    @Test
    void anAssessmentWithOneSectionWrittenIsAccepted() {
        assertThat(Assessment.problemsOf(written(null, "Safe at the shelter.", null), REGISTERED, TODAY))
                .isEmpty();
    }

    @Test
    void anAssessmentWithEverySectionBlankIsRefused() {
        assertThat(Assessment.problemsOf(written(null, "  ", null), REGISTERED, TODAY))
                .extracting(FieldProblem::code)
                .containsExactly("case-assessment-empty");
    }

    @Test
    void anAssessmentDatedInTheFutureOrBeforeRegistrationIsRefused() {
        assertThat(Assessment.problemsOf(written(TODAY.plusDays(1), "Safe.", null), REGISTERED, TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("assessedOn");
        assertThat(Assessment.problemsOf(written(REGISTERED.minusDays(1), "Safe.", null), REGISTERED, TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("assessedOn");
    }

    @Test
    void aSectionTooLongIsNamed() {
        assertThat(Assessment.problemsOf(written(null, "Safe.", "x".repeat(8001)), REGISTERED, TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("recommendations");
    }

    private static WriteAssessment written(LocalDate on, String safety, String recommendations) {
        return new WriteAssessment(on, safety, null, null, null, null, recommendations);
    }
}
