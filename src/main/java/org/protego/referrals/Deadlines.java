package org.protego.referrals;

import java.time.Duration;

/** How long each step of a referral may take, and how long after it was due the supervisor hears of it. */
interface Deadlines {

    /** The time the receiver has in this state: to accept a sent referral, to start, to complete. */
    Duration allowedIn(Urgency urgency, ReferralState state);

    /** How long after a step was due, and its reminder went out, it escalates to the sender's supervisors. */
    Duration escalateAfter(Urgency urgency);
}
