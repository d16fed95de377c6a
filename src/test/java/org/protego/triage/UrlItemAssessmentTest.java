package org.protego.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.shared.ConflictException;

/** The URL item aggregate: what an assessment does to it, and which assessments it refuses. No Spring, no database. */
class UrlItemAssessmentTest {

    static final UUID ID = UUID.randomUUID();
    static final Instant REPORTED = Instant.parse("2026-11-24T10:00:00Z");

    static UrlItem reported() {
        return new UrlItem(
                ID,
                "http://example.org/a",
                "example.org",
                UrlItemState.FIRST,
                2,
                REPORTED,
                REPORTED.plusSeconds(60),
                null);
    }

    static Assessment assessment(AssessmentOutcome outcome, Instant at) {
        return assessment(ID, outcome, null, at);
    }

    static Assessment assessment(UUID itemId, AssessmentOutcome outcome, String note, Instant at) {
        return new Assessment(
                UUID.randomUUID(),
                itemId,
                outcome,
                Labels.AgeBand.NOT_DETERMINED,
                Labels.ApparentSex.NOT_DETERMINED,
                Labels.SiteType.OTHER,
                "NL",
                null,
                note,
                "analyst",
                at);
    }

    @Test
    void aNewlyReportedItemAwaitsAssessment() {
        assertThat(reported().state()).isEqualTo(UrlItemState.AWAITING_ASSESSMENT);
    }

    @Test
    void assessingMakesTheAssessmentCurrentAndTheItemAssessed() {
        var assessment = assessment(AssessmentOutcome.CHILD_SEXUAL_ABUSE_MATERIAL_BASELINE, REPORTED.plusSeconds(600));

        UrlItem assessed = reported().assess(assessment);

        assertThat(assessed.state()).isEqualTo(UrlItemState.ASSESSED);
        assertThat(assessed.currentAssessment()).isEqualTo(assessment);
        assertThat(assessed.reportCount()).isEqualTo(2);
        assertThat(assessed.canonicalUrl()).isEqualTo("http://example.org/a");
    }

    @Test
    void anAssessedItemMayBeAssessedAgainAndTheNewestHolds() {
        UrlItem first = reported().assess(assessment(AssessmentOutcome.NOT_ILLEGAL, REPORTED.plusSeconds(600)));
        var again = assessment(AssessmentOutcome.ILLEGAL_UNDER_NATIONAL_LAW, REPORTED.plusSeconds(1200));

        UrlItem second = first.assess(again);

        assertThat(second.state()).isEqualTo(UrlItemState.ASSESSED);
        assertThat(second.currentAssessment().outcome()).isEqualTo(AssessmentOutcome.ILLEGAL_UNDER_NATIONAL_LAW);
    }

    @Test
    void anAssessmentMadeAtTheSameMomentAsTheCurrentOneIsAccepted() {
        Instant at = REPORTED.plusSeconds(600);
        UrlItem first = reported().assess(assessment(AssessmentOutcome.NOT_ILLEGAL, at));

        assertThat(first.assess(assessment(AssessmentOutcome.NOT_ILLEGAL, at)).state())
                .isEqualTo(UrlItemState.ASSESSED);
    }

    @Test
    void anAssessmentOlderThanTheCurrentOneIsRefusedAndChangesNothing() {
        UrlItem assessed = reported().assess(assessment(AssessmentOutcome.NOT_ILLEGAL, REPORTED.plusSeconds(1200)));

        assertThatThrownBy(() -> assessed.assess(
                        assessment(AssessmentOutcome.CHILD_SEXUAL_ABUSE_MATERIAL_BASELINE, REPORTED.plusSeconds(600))))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refusal -> assertThat(refusal.error()).isEqualTo(TriageError.ASSESSMENT_OLDER_THAN_CURRENT));
        assertThat(assessed.currentAssessment().outcome()).isEqualTo(AssessmentOutcome.NOT_ILLEGAL);
    }

    @Test
    void anAssessmentOfAnotherItemIsAProgrammingError() {
        var ofAnother = assessment(UUID.randomUUID(), AssessmentOutcome.NOT_ILLEGAL, null, REPORTED);

        assertThatThrownBy(() -> reported().assess(ofAnother)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothingReturnsAnItemToAwaitingAssessment() {
        for (UrlItemState state : UrlItemState.values()) {
            assertThat(state.canMoveTo(UrlItemState.AWAITING_ASSESSMENT))
                    .as(state.name())
                    .isFalse();
        }
    }

    @Test
    void aViewWithoutTheNoteKeepsEverythingElse() {
        var noted = assessment(ID, AssessmentOutcome.NOT_ILLEGAL, "names a child", REPORTED);

        UrlItem view = reported().assess(noted).withoutNote();

        assertThat(view.currentAssessment().note()).isNull();
        assertThat(view.currentAssessment().outcome()).isEqualTo(AssessmentOutcome.NOT_ILLEGAL);
        assertThat(view.state()).isEqualTo(UrlItemState.ASSESSED);
    }
}
