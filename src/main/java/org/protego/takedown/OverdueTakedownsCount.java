package org.protego.takedown;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.protego.shared.Timestamps;
import org.protego.shared.WorkCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The number beside takedown in the staff navigation bar: the organisation's items whose content is not confirmed
 * removed and whose next step on the escalation ladder was due before now, the same date the takedown list shows.
 */
@Component
class OverdueTakedownsCount implements WorkCount {

    private final JdbcClient jdbc;
    private final Clock clock;

    OverdueTakedownsCount(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Item item() {
        return Item.TAKEDOWN;
    }

    @Override
    public Set<String> roles() {
        return Set.of("ANALYST", "SUPERVISOR");
    }

    /** Only items with a notice sent have a next step; the partial index takedown_item_due holds exactly those. */
    @Override
    public long count(UUID organisationId) {
        return jdbc.sql("""
                select count(*) from takedown_item
                where state = 'NOTICE_SENT' and next_step_due_at <= :now and organisation_id = :org""")
                .param("org", organisationId)
                .param("now", Timestamps.offset(clock.instant()))
                .query(Long.class)
                .single();
    }
}
