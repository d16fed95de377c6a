package org.protego.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cases with care-plan items still open after their due day: one line a case, due since its oldest such item. */
@Component
class CarePlanDeadlines implements CaseDeadlines {

    static final String KIND = "care-plan-item";

    private final JdbcClient jdbc;

    CarePlanDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Overdue> overdueIn(CaseScope scope, Instant now) {
        return jdbc.sql("select c.id, c.case_number, c.assigned_to, min(i.due_on) as due_on"
                        + " from case_file c join case_care_plan_item i on i.case_id = c.id"
                        + " where " + scope.condition() + " and c.state in " + DueDates.STILL_FOLLOWED_SQL
                        + " and i.status = 'OPEN' and i.due_on < :today"
                        + " group by c.id, c.case_number, c.assigned_to order by due_on limit 500")
                .params(scope.parameters())
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
