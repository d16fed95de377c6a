package org.protego.blocklist;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a block list entry stands between versions, and where it may go from there; {@code docs/states/blocklist.md}
 * draws the same transitions.
 */
public enum EntryState {
    /** Waiting for the next version. */
    PENDING_ADDITION,
    /** In the published list. */
    LISTED,
    /** Still listed; leaves with the next version. */
    PENDING_REMOVAL,
    /** Left the list in a published version. */
    REMOVED,
    /** Withdrawn before it was ever published, or its held version was rejected. */
    WITHDRAWN;

    /** The state every entry starts in: an addition waits for a version. */
    static Set<EntryState> initial() {
        return EnumSet.of(PENDING_ADDITION);
    }

    /** The states an entry in this one may move to; none once it is off the list for good. */
    Set<EntryState> next() {
        return switch (this) {
            case PENDING_ADDITION -> EnumSet.of(LISTED, WITHDRAWN);
            case LISTED -> EnumSet.of(PENDING_REMOVAL);
            case PENDING_REMOVAL -> EnumSet.of(LISTED, REMOVED);
            case REMOVED, WITHDRAWN -> EnumSet.noneOf(EntryState.class);
        };
    }

    boolean canMoveTo(EntryState target) {
        return next().contains(target);
    }

    /** On the list or on its way there: at most one such entry of a kind per expression. */
    boolean isLive() {
        return this == PENDING_ADDITION || this == LISTED || this == PENDING_REMOVAL;
    }

    /** The states whose change waits for a version: a version takes them in, holds them or lets them go. */
    static Set<EntryState> waitingForAVersion() {
        return EnumSet.of(PENDING_ADDITION, PENDING_REMOVAL);
    }

    static Set<EntryState> live() {
        return EnumSet.of(PENDING_ADDITION, LISTED, PENDING_REMOVAL);
    }

    /** What an entry in this state becomes when the version its change waits for is published. */
    EntryState whenPublished() {
        return switch (this) {
            case PENDING_ADDITION -> LISTED;
            case PENDING_REMOVAL -> REMOVED;
            default -> this;
        };
    }

    /**
     * What an entry in this state becomes when the held version holding its change is rejected: an addition nobody
     * approved is withdrawn, a removal waits for the next version.
     */
    EntryState whenVersionRejected() {
        return this == PENDING_ADDITION ? WITHDRAWN : this;
    }
}
