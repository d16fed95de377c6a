package org.protego.blocklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.protego.blocklist.Refusals.assertConflict;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;

/** An appeal is recorded with its texts and decided once, by someone else; without Spring or a database. */
class AppealTest {

    static final Instant RECORDED = Instant.parse("2026-11-01T10:00:00Z");
    static final Instant DECIDED = Instant.parse("2026-11-02T10:00:00Z");
    static final UUID HOTLINE = UUID.randomUUID();

    static Appeal open() {
        return Appeal.record(7, " Site owner ", " The page was replaced ", "recorder", RECORDED, HOTLINE);
    }

    @Test
    void recordedAppealIsOpenWithItsTextsStripped() {
        var appeal = open();

        assertThat(appeal.state()).isEqualTo(AppealState.OPEN);
        assertThat(appeal.appellant()).isEqualTo("Site owner");
        assertThat(appeal.grounds()).isEqualTo("The page was replaced");
        assertThat(appeal.organisationId()).isEqualTo(HOTLINE);
    }

    @Test
    void appealWithoutAppellantAndWithGroundsTooLongIsRefusedNamingBothFields() {
        assertThatThrownBy(() -> Appeal.record(7, " ", "x".repeat(Appeal.MAX_TEXT + 1), "recorder", RECORDED, HOTLINE))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(FieldProblem::field, FieldProblem::code)
                                .containsExactly(tuple("appellant", "text-invalid"), tuple("grounds", "text-invalid")));
    }

    @Test
    void someoneElseUpholdsOrDismissesAnOpenAppeal() {
        var upheld = open().decide(true, " Content gone ", "decider", DECIDED);
        var dismissed = open().decide(false, null, "decider", DECIDED);

        assertThat(upheld.state()).isEqualTo(AppealState.UPHELD);
        assertThat(upheld.decision()).isEqualTo("Content gone");
        assertThat(upheld.decidedBy()).isEqualTo("decider");
        assertThat(upheld.decidedAt()).isEqualTo(DECIDED);
        assertThat(dismissed.state()).isEqualTo(AppealState.DISMISSED);
        assertThat(dismissed.decision()).isEmpty();
    }

    @Test
    void whoeverRecordedAnAppealCannotDecideIt() {
        assertConflict(() -> open().decide(true, "", "recorder", DECIDED), BlocklistError.APPEAL_RECORDED_BY_YOU);
    }

    @Test
    void decidedAppealIsNotDecidedAgain() {
        var upheld = open().decide(true, "", "decider", DECIDED);

        assertConflict(() -> upheld.decide(false, "", "another", DECIDED), BlocklistError.APPEAL_DECIDED);
    }

    @Test
    void decisionTooLongIsRefused() {
        assertThatThrownBy(() -> open().decide(true, "x".repeat(Appeal.MAX_TEXT + 1), "decider", DECIDED))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("decision"));
    }
}
