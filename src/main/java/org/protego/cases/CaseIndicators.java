package org.protego.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures the Rio Pact's follow-up asks for, for supervisors running the service: children registered, children
 * given a guardian within the limit, and cases closed and why, between two days (UTC, both included), by sex, age band,
 * form of exploitation and nationality. They are counted from what is kept in the clear; nothing is decrypted and
 * nothing identifying leaves. Small counts are not withheld here, so monitors read these figures only through the
 * monitoring module, which withholds them (issue 11).
 */
@Service
public class CaseIndicators {

    static final int MAX_YEARS = 10;

    static final String REGISTERED = "children_registered";
    static final String GUARDIAN_NEEDED = "guardian_needed";
    static final String GUARDIAN_WITHIN_LIMIT = "guardian_within_limit";
    static final String CLOSED = "cases_closed";
    static final String ASSESSMENTS = "assessments_done";
    static final String DETERMINATIONS = "determinations_decided";

    /** One row per form of exploitation, and one with none for a child recorded without any. */
    private static final String FORMS =
            " cross join lateral unnest(case when cardinality(c.forms_of_exploitation) = 0 then array[null::text]"
                    + " else c.forms_of_exploitation end) as f(form)";

    private static final String GROUPS = " group by c.sex, c.age_band, f.form, c.nationality";

    private final JdbcClient jdbc;
    private final CaseSettings settings;

    CaseIndicators(JdbcClient jdbc, CaseSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Every indicator between two days, both included. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<IndicatorCount> between(LocalDate from, LocalDate to) {
        List<IndicatorCount> counts = new ArrayList<>();
        counts.addAll(childrenRegistered(from, to));
        counts.addAll(guardiansAppointed(from, to));
        counts.addAll(casesClosed(from, to));
        counts.addAll(assessmentsDone(from, to));
        return counts;
    }

    /** Children registered between two days. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<IndicatorCount> childrenRegistered(LocalDate from, LocalDate to) {
        return count(
                REGISTERED,
                "select c.sex, c.age_band, f.form, c.nationality, null as reason, count(*) from case_file c" + FORMS
                        + " where c.registered_at >= :from and c.registered_at < :to" + GROUPS,
                from,
                to);
    }

    /**
     * Unaccompanied or separated children registered between two days: how many needed a guardian, and how many were
     * given one within {@code protego.cases.guardian-appointment-limit} of registration.
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<IndicatorCount> guardiansAppointed(LocalDate from, LocalDate to) {
        String needing =
                " where c.registered_at >= :from and c.registered_at < :to and (c.unaccompanied or c.separated)";
        List<IndicatorCount> counts = new ArrayList<>(count(
                GUARDIAN_NEEDED,
                "select c.sex, c.age_band, f.form, c.nationality, null as reason, count(*) from case_file c" + FORMS
                        + needing + GROUPS,
                from,
                to));
        counts.addAll(count(
                GUARDIAN_WITHIN_LIMIT,
                "select c.sex, c.age_band, f.form, c.nationality, null as reason, count(*) from case_file c" + FORMS
                        + needing + " and c.guardian_appointed_at is not null"
                        + " and c.guardian_appointed_at <= c.registered_at + make_interval(secs => :limit)" + GROUPS,
                from,
                to));
        return counts;
    }

    /**
     * Closures approved between two days, by reason. A case closed, reopened and closed again counts once for each
     * closure.
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<IndicatorCount> casesClosed(LocalDate from, LocalDate to) {
        return count(
                CLOSED,
                "select c.sex, c.age_band, f.form, c.nationality, lower(cl.reason) as reason, count(*)"
                        + " from case_closure cl join case_file c on c.id = cl.case_id" + FORMS
                        + " where cl.decision = 'APPROVED' and cl.decided_at >= :from and cl.decided_at < :to"
                        + GROUPS + ", cl.reason",
                from,
                to);
    }

    /**
     * Best-interests assessments written (first ones and revisions alike), and determinations decided, between two
     * days; a determination's {@code reason} is its decision type.
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<IndicatorCount> assessmentsDone(LocalDate from, LocalDate to) {
        List<IndicatorCount> counts = new ArrayList<>(count(
                ASSESSMENTS,
                "select c.sex, c.age_band, f.form, c.nationality, null as reason, count(*)"
                        + " from case_assessment a join case_file c on c.id = a.case_id" + FORMS
                        + " where a.recorded_at >= :from and a.recorded_at < :to" + GROUPS,
                from,
                to));
        counts.addAll(count(
                DETERMINATIONS,
                "select c.sex, c.age_band, f.form, c.nationality, lower(d.decision_type) as reason, count(*)"
                        + " from case_determination d join case_file c on c.id = d.case_id" + FORMS
                        + " where d.decided_at >= :from and d.decided_at < :to" + GROUPS + ", d.decision_type",
                from,
                to));
        return counts;
    }

    private List<IndicatorCount> count(String indicator, String sql, LocalDate from, LocalDate to) {
        if (from == null
                || to == null
                || to.isBefore(from)
                || from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new InvalidRequestException(List.of(new FieldProblem("to", CaseError.PERIOD_INVALID)));
        }
        var statement = jdbc.sql(sql + " order by 1, 2, 3, 4, 5")
                .param("from", startOf(from))
                .param("to", startOf(to.plusDays(1)));
        if (sql.contains(":limit")) {
            statement = statement.param(
                    "limit", (double) settings.guardianAppointmentLimit().toSeconds());
        }
        return statement
                .query((rs, n) -> new IndicatorCount(
                        indicator,
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6)))
                .list();
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
