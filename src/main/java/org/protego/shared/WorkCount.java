package org.protego.shared;

import java.util.Set;
import java.util.UUID;

/**
 * A number of things waiting for a staff member's organisation, shown beside one item of the staff navigation bar.
 * The module that owns the work implements it, so that the bar needs no dependency on that module; each count is
 * taken on every staff page the bar appears on, so it must be a single cheap COUNT query.
 */
public interface WorkCount {

    /** The items of the staff navigation bar that carry a number. */
    enum Item {
        /** Open reports of the organisation, in the triage queue. */
        QUEUE,
        /** Takedowns of the organisation whose next step is overdue. */
        TAKEDOWN,
        /** Block list versions held for a second person's decision. */
        BLOCKLIST,
        /** Referrals sent to a service provider and not answered, or late in a later step. */
        REFERRALS,
        /** Overdue commitments whose owners were reminded: all for monitors, their organisation's for supervisors. */
        COMMITMENTS
    }

    /** The navigation item the number stands beside. */
    Item item();

    /** Role names (as in {@code Role.name()}) that may see the number; holding any one of them is enough. */
    Set<String> roles();

    /** How many things wait for the organisation, which is the signed-in staff member's. */
    long count(UUID organisationId);
}
