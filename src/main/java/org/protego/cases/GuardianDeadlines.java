package org.protego.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Unaccompanied and separated children still waiting for a guardian after the limit. */
@Component
class GuardianDeadlines implements CaseDeadlines {

    private final JdbcClient jdbc;
    private final CaseSettings settings;

    GuardianDeadlines(JdbcClient jdbc, CaseSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<Overdue> overdueIn(CaseScope scope, Instant now) {
        Instant registeredBefore = now.minus(settings.guardianAppointmentLimit());
        return jdbc.sql("select id, case_number, registered_at, assigned_to from case_file where " + scope.condition()
                        + " and (unaccompanied or separated) and guardian_appointed_at is null"
                        + " and state in ('OPEN', 'CLOSURE_REQUESTED', 'TRANSFER_PENDING')"
                        + " and registered_at < :before order by registered_at limit 500")
                .params(scope.parameters())
                .param("before", Timestamps.offset(registeredBefore))
                .query((rs, n) -> new Overdue(
                        rs.getObject("id", UUID.class),
                        rs.getString("case_number"),
                        "guardian",
                        Timestamps.instant(rs, "registered_at").plus(settings.guardianAppointmentLimit()),
                        rs.getObject("assigned_to", UUID.class)))
                .list();
    }
}
