package org.protego.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.protego.StateDiagrams;

/** The drawing of a referral's states beside the code is the state machine the code allows, arrow for arrow. */
class ReferralStatesTest {

    static final String DIAGRAM = "docs/states/referral.md";

    @Test
    void theDiagramDrawsExactlyTheMovesTheStatesAllow() throws Exception {
        assertThat(StateDiagrams.movesIn(DIAGRAM))
                .containsExactlyInAnyOrderElementsOf(
                        StateDiagrams.movesAllowed(ReferralState.values(), ReferralState::next));
    }

    @Test
    void theDiagramStartsSentAndEndsOnlyInTheClosedStates() throws Exception {
        assertThat(StateDiagrams.startsIn(DIAGRAM)).containsExactly(ReferralState.SENT.name());
        assertThat(StateDiagrams.endsIn(DIAGRAM))
                .containsExactlyInAnyOrder("DECLINED", "COMPLETED", "CANCELLED")
                .allSatisfy(end ->
                        assertThat(ReferralState.valueOf(end).next()).as(end).isEmpty());
    }
}
