package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.protego.shared.RefusedException;

/** Which moves a case may make from each state, without Spring. */
class CaseLifecycleTest {

    @Test
    void anOpenCaseCanBeAskedToCloseOrToMove() {
        assertThat(CaseLifecycle.next(CaseState.OPEN))
                .containsExactlyInAnyOrder(CaseState.CLOSURE_REQUESTED, CaseState.TRANSFER_PENDING);
    }

    @Test
    void aRequestedClosureEndsClosedOrOpenAgain() {
        assertThat(CaseLifecycle.Move.APPROVE_CLOSURE.from(CaseState.CLOSURE_REQUESTED))
                .isEqualTo(CaseState.CLOSED);
        assertThat(CaseLifecycle.Move.REFUSE_CLOSURE.from(CaseState.CLOSURE_REQUESTED))
                .isEqualTo(CaseState.OPEN);
    }

    @Test
    void anOpenCaseCannotBeApprovedClosedWithoutARequest() {
        assertThatThrownBy(() -> CaseLifecycle.Move.APPROVE_CLOSURE.from(CaseState.OPEN))
                .isInstanceOfSatisfying(RefusedException.class, refusal -> {
                    assertThat(refusal.error()).isEqualTo(CaseError.STATE_FORBIDS);
                    assertThat(refusal.error().status().value()).isEqualTo(409);
                });
    }

    @Test
    void onlyAClosedCaseIsReopened() {
        assertThat(CaseLifecycle.Move.REOPEN.from(CaseState.CLOSED)).isEqualTo(CaseState.OPEN);
        assertThatThrownBy(() -> CaseLifecycle.Move.REOPEN.from(CaseState.OPEN)).isInstanceOf(RefusedException.class);
    }

    @Test
    void aCaseWaitingForAnotherOrganisationCanNeitherCloseNorMoveAgain() {
        assertThatThrownBy(() -> CaseLifecycle.Move.REQUEST_CLOSURE.from(CaseState.TRANSFER_PENDING))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> CaseLifecycle.Move.REQUEST_TRANSFER.from(CaseState.TRANSFER_PENDING))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void aPendingTransferEndsOpenWhateverTheAnswer() {
        for (CaseLifecycle.Move move : new CaseLifecycle.Move[] {
            CaseLifecycle.Move.ACCEPT_TRANSFER, CaseLifecycle.Move.DECLINE_TRANSFER, CaseLifecycle.Move.CANCEL_TRANSFER
        }) {
            assertThat(move.from(CaseState.TRANSFER_PENDING)).isEqualTo(CaseState.OPEN);
        }
    }

    @Test
    void anAnonymisedCaseGoesNowhere() {
        assertThat(CaseLifecycle.next(CaseState.ANONYMISED)).isEmpty();
    }

    @Test
    void onlyAClosedCaseIsAnonymised() {
        assertThat(CaseLifecycle.next(CaseState.CLOSED)).contains(CaseState.ANONYMISED);
        assertThatThrownBy(() -> CaseLifecycle.Move.ANONYMISE.from(CaseState.OPEN))
                .isInstanceOf(RefusedException.class);
    }
}
