package org.protego.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The retention an administrator set for each kind of record; the migration stores the defaults. */
@Repository
class RetentionPolicies {

    /**
     * One kind of record's retention: {@code anonymiseAfterYears} null means kept for good.
     *
     * @param editable whether an administrator may change it (the audit log's retention cannot be)
     */
    record Policy(
            String recordType, Integer anonymiseAfterYears, boolean editable, String changedBy, Instant changedAt) {}

    private final JdbcClient jdbc;

    RetentionPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Policy> all() {
        return jdbc.sql("select * from case_retention_policy").query(this::map).list().stream()
                .sorted(java.util.Comparator.comparing(policy -> RetainedRecord.fromCode(policy.recordType())
                        .map(Enum::ordinal)
                        .orElse(Integer.MAX_VALUE)))
                .toList();
    }

    Optional<Policy> of(RetainedRecord kind) {
        return jdbc.sql("select * from case_retention_policy where record_type = :type")
                .param("type", kind.code())
                .query(this::map)
                .optional();
    }

    /** The period for a kind of record, if it expires at all. */
    Optional<RetentionPeriod> periodOf(RetainedRecord kind) {
        return of(kind).map(Policy::anonymiseAfterYears)
                .filter(RetentionPeriod::allowed)
                .map(RetentionPeriod::new);
    }

    void set(RetainedRecord kind, int years, String changedBy, Instant at) {
        jdbc.sql("""
                insert into case_retention_policy (record_type, after_years, changed_by, changed_at)
                values (:type, :years, :by, :at)
                on conflict (record_type) do update set after_years = excluded.after_years,
                    changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .param("type", kind.code())
                .param("years", years)
                .param("by", changedBy)
                .param("at", Timestamps.offset(at))
                .update();
    }

    private Policy map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String type = rs.getString("record_type");
        int years = rs.getInt("after_years");
        return new Policy(
                type,
                rs.wasNull() ? null : years,
                RetainedRecord.fromCode(type).map(RetainedRecord::expires).orElse(false),
                rs.getString("changed_by"),
                Timestamps.instant(rs, "changed_at"));
    }
}
