package org.protego.triage;

import java.util.Set;
import java.util.UUID;
import org.protego.shared.WorkCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The number beside the queue in the staff navigation bar: the organisation's open reports. */
@Component
class OpenReportsCount implements WorkCount {

    private final JdbcClient jdbc;

    OpenReportsCount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Item item() {
        return Item.QUEUE;
    }

    @Override
    public Set<String> roles() {
        return Set.of("ANALYST", "SUPERVISOR");
    }

    /** One count over the queue's partial index on open reports (triage_report_queue), as the queue itself reads. */
    @Override
    public long count(UUID organisationId) {
        return jdbc.sql("select count(*) from triage_report where organisation_id = :org and closed_at is null")
                .param("org", organisationId)
                .query(Long.class)
                .single();
    }
}
