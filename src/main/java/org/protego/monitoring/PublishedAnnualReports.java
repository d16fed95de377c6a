package org.protego.monitoring;

import java.time.Instant;
import java.util.Optional;

/** When the annual report on the Rio Plan of Action for a year was published, for the yearly reporting commitment. */
interface PublishedAnnualReports {

    /** The instant the report for the year was published, or nothing while it is not. */
    Optional<Instant> publishedAt(int year);
}
