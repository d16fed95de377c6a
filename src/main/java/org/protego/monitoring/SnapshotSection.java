package org.protego.monitoring;

import java.time.Instant;

/**
 * A part of the annual report that is frozen into its snapshot when a draft is made: the indicators, the
 * commitments, the instruments or the registry of codes of conduct.
 */
interface SnapshotSection {

    /** The key the part is stored under in the snapshot, such as {@code indicators}. */
    String name();

    /**
     * The part's content for the year as plain JSON values (maps with string keys, lists, strings, numbers and
     * booleans), computed only from what monitoring recorded before the cut-off, so that it can be recomputed.
     */
    Object snapshot(int year, Instant cutOff);
}
