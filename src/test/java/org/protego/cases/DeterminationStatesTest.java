package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.protego.StateDiagrams;

/** The drawing of a determination's states beside the code is the state machine the code allows, arrow for arrow. */
class DeterminationStatesTest {

    static final String DIAGRAM = "docs/states/determination.md";

    @Test
    void theDiagramDrawsExactlyTheMovesTheStatesAllow() throws Exception {
        assertThat(StateDiagrams.movesIn(DIAGRAM))
                .containsExactlyInAnyOrderElementsOf(
                        StateDiagrams.movesAllowed(DeterminationState.values(), DeterminationState::next));
    }

    @Test
    void theDiagramStartsAwaitingViewsAndEndsOnlyWhereNothingMoves() throws Exception {
        assertThat(StateDiagrams.startsIn(DIAGRAM)).containsExactly(DeterminationState.AWAITING_VIEWS.name());
        assertThat(StateDiagrams.endsIn(DIAGRAM))
                .allSatisfy(end -> assertThat(DeterminationState.valueOf(end).next())
                        .as(end)
                        .isEmpty());
    }
}
