package org.protego.blocklist;

import java.util.EnumSet;
import java.util.Set;

/** Where a site owner's appeal stands; {@code docs/states/blocklist.md} draws the same transitions. */
public enum AppealState {
    /** Recorded; waits for someone other than who recorded it. */
    OPEN,
    /** Decided for the site owner: the entry leaves the list with the next version. */
    UPHELD,
    /** Decided against the site owner: the entry stays. */
    DISMISSED;

    static Set<AppealState> initial() {
        return EnumSet.of(OPEN);
    }

    /** The states an appeal in this one may move to; a decided appeal is never decided again. */
    Set<AppealState> next() {
        return this == OPEN ? EnumSet.of(UPHELD, DISMISSED) : EnumSet.noneOf(AppealState.class);
    }

    boolean canMoveTo(AppealState target) {
        return next().contains(target);
    }
}
