package org.protego.blocklist;

/** Where a block list entry stands between versions. */
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
    WITHDRAWN
}
