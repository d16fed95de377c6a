package org.protego.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.protego.StateDiagrams;

/** The drawing of a URL item's states beside the code is the state machine the code allows, arrow for arrow. */
class UrlItemStatesTest {

    static final String DIAGRAM = "docs/states/triage.md";

    @Test
    void theDiagramDrawsExactlyTheMovesTheStatesAllow() throws Exception {
        assertThat(StateDiagrams.movesIn(DIAGRAM))
                .containsExactlyInAnyOrderElementsOf(
                        StateDiagrams.movesAllowed(UrlItemState.values(), UrlItemState::next));
    }

    @Test
    void theDiagramStartsWhereANewlyReportedUrlStarts() throws Exception {
        assertThat(StateDiagrams.startsIn(DIAGRAM)).containsExactly(UrlItemState.FIRST.name());
    }
}
