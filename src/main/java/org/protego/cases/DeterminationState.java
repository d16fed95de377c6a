package org.protego.cases;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a best-interests determination stands. The moves are drawn in {@code docs/states/determination.md}; a test
 * holds the drawing to {@link #next()}.
 */
enum DeterminationState {
    /** Requested; fewer panel members than needed have recorded a view. */
    AWAITING_VIEWS,
    /** Enough views are recorded: a panel member may record the decision, and more views may still come. */
    READY_FOR_DECISION,
    /** The panel's decision is recorded; nothing about the determination changes any more. */
    DECIDED;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a determination in this state is still waiting for its panel. */
    boolean pending() {
        return this != DECIDED;
    }

    /** The states a determination in this one may move to: views move it forward, only a decision ends it. */
    Set<DeterminationState> next() {
        return Collections.unmodifiableSet(
                switch (this) {
                    case AWAITING_VIEWS -> EnumSet.of(AWAITING_VIEWS, READY_FOR_DECISION);
                    case READY_FOR_DECISION -> EnumSet.of(READY_FOR_DECISION, DECIDED);
                    case DECIDED -> EnumSet.noneOf(DeterminationState.class);
                });
    }
}
