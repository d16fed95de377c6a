package org.protego.cases;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.protego.shared.RefusedException;

/**
 * The moves a case can make between its states, drawn in docs/states/case.md. Each move knows the one state it starts
 * from; asking for it in any other state is refused with a 409 naming the state.
 */
final class CaseLifecycle {

    private CaseLifecycle() {}

    enum Move {
        /** A case worker asks to close the case. */
        REQUEST_CLOSURE(CaseState.OPEN, CaseState.CLOSURE_REQUESTED),
        /** A supervisor other than the requester approves the closure. */
        APPROVE_CLOSURE(CaseState.CLOSURE_REQUESTED, CaseState.CLOSED),
        /** A supervisor refuses the closure: the work goes on. */
        REFUSE_CLOSURE(CaseState.CLOSURE_REQUESTED, CaseState.OPEN),
        /** The child needs protection again. */
        REOPEN(CaseState.CLOSED, CaseState.OPEN),
        /** Another organisation is asked to take the case over. */
        REQUEST_TRANSFER(CaseState.OPEN, CaseState.TRANSFER_PENDING),
        /** The receiving organisation accepts: the case is open there. */
        ACCEPT_TRANSFER(CaseState.TRANSFER_PENDING, CaseState.OPEN),
        /** The receiving organisation declines: the case stays open where it was. */
        DECLINE_TRANSFER(CaseState.TRANSFER_PENDING, CaseState.OPEN),
        /** The sender withdraws the request before an answer. */
        CANCEL_TRANSFER(CaseState.TRANSFER_PENDING, CaseState.OPEN),
        /** Past retention, what identified the child is removed. */
        ANONYMISE(CaseState.CLOSED, CaseState.ANONYMISED);

        private final CaseState from;
        private final CaseState to;

        Move(CaseState from, CaseState to) {
            this.from = from;
            this.to = to;
        }

        /** The state this move leads to from {@code current}; refused when the move does not start there. */
        CaseState from(CaseState current) {
            if (current != from) {
                throw new RefusedException(CaseError.STATE_FORBIDS, current.code());
            }
            return to;
        }

        CaseState target() {
            return to;
        }
    }

    /** The states a case can move to from one state. */
    static Set<CaseState> next(CaseState state) {
        Set<CaseState> next = EnumSet.noneOf(CaseState.class);
        Arrays.stream(Move.values()).filter(move -> move.from == state).forEach(move -> next.add(move.to));
        return next;
    }

    /** A case is registered open. */
    static CaseState first() {
        return CaseState.OPEN;
    }
}
