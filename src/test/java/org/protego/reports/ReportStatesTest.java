package org.protego.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.protego.StateDiagrams;

/** The drawing of a report's states beside the code is the state machine the code allows, arrow for arrow. */
class ReportStatesTest {

    static final String DIAGRAM = "docs/states/reports.md";

    @Test
    void theDiagramDrawsExactlyTheMovesTheStatusesAllow() throws Exception {
        assertThat(StateDiagrams.movesIn(DIAGRAM))
                .containsExactlyInAnyOrderElementsOf(
                        StateDiagrams.movesAllowed(ReportStatus.values(), ReportStatus::next));
    }

    @Test
    void theDiagramStartsAtReceivedAndEndsOnlyWhereNothingMoves() throws Exception {
        assertThat(StateDiagrams.startsIn(DIAGRAM)).containsExactly(ReportStatus.RECEIVED.name());
        assertThat(StateDiagrams.endsIn(DIAGRAM))
                .allSatisfy(end ->
                        assertThat(ReportStatus.valueOf(end).next()).as(end).isEmpty());
    }
}
