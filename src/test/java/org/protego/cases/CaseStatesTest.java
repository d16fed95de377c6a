package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.protego.StateDiagrams;

/** The drawing of a case's states beside the code is the state machine the code allows, arrow for arrow. */
class CaseStatesTest {

    static final String DIAGRAM = "docs/states/case.md";

    @Test
    void theDiagramDrawsExactlyTheMovesTheLifecycleAllows() throws Exception {
        assertThat(StateDiagrams.movesIn(DIAGRAM))
                .containsExactlyInAnyOrderElementsOf(
                        StateDiagrams.movesAllowed(CaseState.values(), CaseLifecycle::next));
    }

    @Test
    void theDiagramStartsWhereARegisteredCaseStarts() throws Exception {
        assertThat(StateDiagrams.startsIn(DIAGRAM))
                .containsExactly(CaseLifecycle.first().name());
    }
}
