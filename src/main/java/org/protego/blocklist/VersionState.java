package org.protego.blocklist;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a list version was published, and where it may go from there; {@code docs/states/blocklist.md} draws the
 * same transitions.
 */
public enum VersionState {
    /** Signed and served to ISPs. */
    PUBLISHED,
    /** Broke a safety rule; waits for a second analyst's approval. */
    HELD,
    /** A held version an analyst refused; its additions were withdrawn. */
    REJECTED;

    /** A new version is published at once, or held when a safety rule says so. */
    static Set<VersionState> initial() {
        return EnumSet.of(PUBLISHED, HELD);
    }

    /** The states a version in this one may move to; a published or rejected version never changes again. */
    Set<VersionState> next() {
        return this == HELD ? EnumSet.of(PUBLISHED, REJECTED) : EnumSet.noneOf(VersionState.class);
    }

    boolean canMoveTo(VersionState target) {
        return next().contains(target);
    }
}
