package org.protego.cases;

import java.util.Locale;

/** Where a case stands; the transitions are drawn in docs/states/case.md. */
public enum CaseState {
    OPEN,
    /** The case worker asked to close it; a supervisor approves or refuses. */
    CLOSURE_REQUESTED,
    CLOSED,
    /** Another organisation was asked to take the case over and has not answered. */
    TRANSFER_PENDING,
    /** Closed, and past retention: what identified the child was removed. */
    ANONYMISED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
