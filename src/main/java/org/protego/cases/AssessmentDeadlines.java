package org.protego.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cases still without a best-interests assessment once the time allowed after registration has passed. */
@Component
class AssessmentDeadlines implements CaseDeadlines {

    private final JdbcClient jdbc;
    private final CaseSettings settings;

    AssessmentDeadlines(JdbcClient jdbc, CaseSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<Overdue> overdueIn(CaseScope scope, Instant now) {
        return jdbc.sql("select id, case_number, registered_at, assigned_to from case_file where " + scope.condition()
                        + " and state in ('OPEN', 'CLOSURE_REQUESTED', 'TRANSFER_PENDING')"
                        + " and registered_at < :before"
                        + " and not exists (select 1 from case_assessment where case_assessment.case_id = case_file.id)"
                        + " order by registered_at limit 500")
                .params(scope.parameters())
                .param("before", Timestamps.offset(now.minus(settings.assessmentDueWithin())))
                .query((rs, n) -> new Overdue(
                        rs.getObject("id", UUID.class),
                        rs.getString("case_number"),
                        "assessment",
                        Timestamps.instant(rs, "registered_at").plus(settings.assessmentDueWithin()),
                        rs.getObject("assigned_to", UUID.class)))
                .list();
    }
}
