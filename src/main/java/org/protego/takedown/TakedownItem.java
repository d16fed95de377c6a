package org.protego.takedown;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The takedown of one illegal URL item: its clock, its notices and the analyst's re-checks. */
public record TakedownItem(
        UUID urlItemId,
        String canonicalUrl,
        String host,
        String hostingCountry,
        UUID providerId,
        TakedownState state,
        int ladderStep,
        Instant nextStepDueAt,
        Instant firstReportedAt,
        Instant assessedAt,
        Instant firstNoticeAt,
        Instant removedAt,
        List<Notice> notices,
        List<Recheck> rechecks) {

    /** An analyst's look at whether the content is still online. */
    public record Recheck(boolean stillAvailable, String checkedBy, Instant checkedAt) {}
}
