package org.protego.blocklist;

import java.time.Instant;
import java.util.UUID;

/**
 * The newest assessment of a URL item the block list acted on, and why it made no entry when it refused one. An item
 * whose current assessment is newer is still on its way ("the entry is being prepared").
 */
record ItemDecision(UUID urlItemId, Instant assessedAt, BlocklistError refusal, String refusedHost, Instant decidedAt) {

    /** The list acts on an assessment made at {@code assessedAt}. */
    static ItemDecision actingOn(UUID urlItemId, Instant assessedAt, Instant at) {
        return new ItemDecision(urlItemId, assessedAt, null, null, at);
    }

    /**
     * Whether the list acts on {@code newer} after this decision: listeners may deliver assessments out of order, and
     * one older than the assessment acted on changes nothing. The same assessment again is acted on again.
     */
    boolean givesWayTo(ItemDecision newer) {
        return !assessedAt.isAfter(newer.assessedAt);
    }

    /** The list made no entry, for this reason about this host. */
    ItemDecision refusing(BlocklistError reason, String host) {
        return new ItemDecision(urlItemId, assessedAt, reason, host, decidedAt);
    }
}
