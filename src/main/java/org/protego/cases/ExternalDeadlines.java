package org.protego.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Late work about an organisation's cases that another module keeps, such as referrals a service has not answered:
 * the caseload overview shows each item to those whose scope includes its case.
 */
public interface ExternalDeadlines {

    /** What is late now on cases of the organisation. */
    List<Late> overdueOf(UUID organisationId, Instant now);

    /**
     * One late item: its case, a kind code that names it on the overview (a message {@code cases.overview.kind.<kind>}
     * says what it is), and since when it was due.
     */
    record Late(UUID caseId, String kind, Instant dueAt) {}
}
