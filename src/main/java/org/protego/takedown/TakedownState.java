package org.protego.takedown;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the takedown of one illegal URL item stands. The moves between states are drawn in
 * {@code docs/states/takedown.md}, which a test holds to {@link #next()}.
 */
public enum TakedownState {
    /** Assessed as illegal; no notice sent yet. */
    AWAITING_NOTICE,
    /** At least one notice sent; the content is taken to be online until removal is confirmed. */
    NOTICE_SENT,
    /** An analyst confirmed the content is gone; the item leaves the block list. Nothing follows. */
    REMOVED;

    /** The state a takedown opens in, when its URL item is assessed as illegal. */
    static TakedownState opened() {
        return AWAITING_NOTICE;
    }

    /**
     * The states an item in this state may move to; its own state where an action keeps it there, such as a re-check
     * that finds the content still online or a further notice.
     */
    Set<TakedownState> next() {
        return switch (this) {
            case AWAITING_NOTICE -> EnumSet.of(AWAITING_NOTICE, NOTICE_SENT, REMOVED);
            case NOTICE_SENT -> EnumSet.of(NOTICE_SENT, REMOVED);
            case REMOVED -> EnumSet.noneOf(TakedownState.class);
        };
    }

    boolean mayMoveTo(TakedownState state) {
        return next().contains(state);
    }

    /** Whether the item is still being worked on: listed as open, and taking notices and re-checks. */
    public boolean isOpen() {
        return !next().isEmpty();
    }

    /**
     * Whether the takedown is dropped when its URL item is re-assessed as not illegal. Once a notice went out the
     * takedown stays on record, since someone outside was told about the content.
     */
    boolean isDroppedWhenReassessedLegal() {
        return this == AWAITING_NOTICE;
    }
}
