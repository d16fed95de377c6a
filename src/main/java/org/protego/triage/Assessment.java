package org.protego.triage;

import java.time.Instant;
import java.util.UUID;

/** One recorded assessment of a URL item; the newest is the item's current one. */
public record Assessment(
        UUID id,
        UUID urlItemId,
        AssessmentOutcome outcome,
        Labels.AgeBand ageBand,
        Labels.ApparentSex apparentSex,
        Labels.SiteType siteType,
        String hostingCountry,
        String hostingAddress,
        String note,
        String assessedBy,
        Instant assessedAt) {

    Assessment withoutNote() {
        return new Assessment(
                id,
                urlItemId,
                outcome,
                ageBand,
                apparentSex,
                siteType,
                hostingCountry,
                hostingAddress,
                null,
                assessedBy,
                assessedAt);
    }
}
