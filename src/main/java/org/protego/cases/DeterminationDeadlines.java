package org.protego.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Best-interests determinations still waiting for their panel's decision once the time allowed has passed. */
@Component
class DeterminationDeadlines implements CaseDeadlines {

    private final JdbcClient jdbc;
    private final CaseSettings settings;

    DeterminationDeadlines(JdbcClient jdbc, CaseSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<Overdue> overdueIn(CaseScope scope, Instant now) {
        // The scope's condition names case_file's columns; case_determination has none of those names.
        return jdbc.sql("select case_file.id, case_number, assigned_to, requested_at"
                        + " from case_determination join case_file on case_file.id = case_determination.case_id"
                        + " where " + scope.condition()
                        + " and case_determination.state <> 'DECIDED'"
                        + " and case_file.state in ('OPEN', 'CLOSURE_REQUESTED', 'TRANSFER_PENDING')"
                        + " and requested_at < :before order by requested_at limit 500")
                .params(scope.parameters())
                .param("before", Timestamps.offset(now.minus(settings.determinationDueWithin())))
                .query((rs, n) -> new Overdue(
                        rs.getObject("id", UUID.class),
                        rs.getString("case_number"),
                        "determination",
                        Timestamps.instant(rs, "requested_at").plus(settings.determinationDueWithin()),
                        rs.getObject("assigned_to", UUID.class)))
                .list();
    }
}
