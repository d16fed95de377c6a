package org.protego.triage;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a URL item still needs an analyst. The moves between them are drawn in {@code docs/states/triage.md}; a
 * test holds the drawing to {@link #next()}.
 */
public enum UrlItemState {
    /** Reported, not yet assessed. */
    AWAITING_ASSESSMENT,
    /** Assessed at least once; the newest assessment holds. */
    ASSESSED;

    /** The state a newly reported URL starts in. */
    static final UrlItemState FIRST = AWAITING_ASSESSMENT;

    /**
     * The states an item in this one may move to: an assessment moves it to assessed, and an assessed item may be
     * assessed again; nothing returns an item to awaiting assessment.
     */
    public Set<UrlItemState> next() {
        return Collections.unmodifiableSet(
                switch (this) {
                    case AWAITING_ASSESSMENT, ASSESSED -> EnumSet.of(ASSESSED);
                });
    }

    /** Whether an item in this state may move to the given one. */
    public boolean canMoveTo(UrlItemState state) {
        return next().contains(state);
    }
}
