package org.protego.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases whose next follow-up is overdue: the day the latest follow-up set has passed, or, with none yet, the first
 * one's time after registration. The same rule as {@link DueDates#nextFollowUpDue}, in SQL so that a whole
 * organisation's cases need not be read.
 */
@Component
class FollowUpDeadlines implements CaseDeadlines {

    static final String KIND = "follow-up";

    private final JdbcClient jdbc;
    private final CaseSettings settings;

    FollowUpDeadlines(JdbcClient jdbc, CaseSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<Overdue> overdueIn(CaseScope scope, Instant now) {
        return jdbc.sql("select id, case_number, assigned_to, due_on from ("
                        + " select c.id, c.case_number, c.assigned_to, case when latest.id is null"
                        + " then ((c.registered_at at time zone 'UTC')::date + cast(:firstWithin as interval))::date"
                        + " else latest.next_due_on end as due_on"
                        + " from case_file c left join lateral (select f.id, f.next_due_on from case_follow_up f"
                        + " where f.case_id = c.id order by f.happened_on desc, f.recorded_at desc limit 1) latest on true"
                        + " where " + scope.condition() + " and c.state in " + DueDates.STILL_FOLLOWED_SQL
                        + ") due where due_on < :today order by due_on limit 500")
                .params(scope.parameters())
                .param("firstWithin", settings.firstFollowUpWithin().toString())
                .param("today", DueDates.dayOf(now))
                .query((rs, n) -> new Overdue(
                        rs.getObject("id", UUID.class),
                        rs.getString("case_number"),
                        KIND,
                        DueDates.startOf(rs.getObject("due_on", LocalDate.class)),
                        rs.getObject("assigned_to", UUID.class)))
                .list();
    }
}
