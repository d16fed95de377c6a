package org.protego.monitoring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a year's annual report was first published. A report superseded later was still published then, so the yearly
 * reporting commitment counts the first publication.
 */
@Component
class StoredAnnualReportPublications implements PublishedAnnualReports {

    private final JdbcClient jdbc;

    StoredAnnualReportPublications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> publishedAt(int year) {
        return jdbc.sql("""
                select min(approved_at) from monitoring_annual_report
                where year = :year and state in ('published', 'superseded')""")
                .param("year", year)
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }
}
