package org.protego.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.FieldCipher;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Closed cases as retention sees them: which are due, and the statements that remove what identifies a child. The
 * anonymised record is sealed in the same format {@link Cases} reads, so an anonymised case still loads.
 */
@Repository
class RetainedCases {

    /** The same default mapper {@link Cases} seals with, so that it reads what is written here. */
    private static final JsonMapper SEALED = JsonMapper.builder().build();

    /** A closed case whose time may have come: nothing about the child, only where and when. */
    record ClosedCase(UUID caseId, String caseNumber, Instant closedAt, UUID organisationId, boolean onLegalHold) {}

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    RetainedCases(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Closed cases closed at or before the instant, held or not, oldest closure first. */
    List<ClosedCase> closedAtOrBefore(Instant closedBefore, boolean withHeld, int limit) {
        return jdbc.sql("""
                select c.id, c.case_number, c.closed_at, c.organisation_id, h.case_id is not null as held
                from case_file c left join case_legal_hold h on h.case_id = c.id
                where c.state = 'CLOSED' and c.closed_at <= :before""" + (withHeld ? "" : " and h.case_id is null") + " order by c.closed_at, c.id limit :limit")
                .param("before", Timestamps.offset(closedBefore))
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    /** Closed, unheld cases closed at or before the instant whose history still holds values. */
    List<ClosedCase> withHistoryValuesClosedAtOrBefore(Instant closedBefore, int limit) {
        return jdbc.sql("""
                select c.id, c.case_number, c.closed_at, c.organisation_id, false as held
                from case_file c
                where c.state = 'CLOSED' and c.closed_at <= :before
                    and not exists (select 1 from case_legal_hold h where h.case_id = c.id)
                    and exists (select 1 from case_change x where x.case_id = c.id
                        and (x.before_encrypted is not null or x.after_encrypted is not null))
                order by c.closed_at, c.id limit :limit""")
                .param("before", Timestamps.offset(closedBefore))
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    Optional<Instant> closedAt(UUID caseId) {
        return jdbc.sql("select closed_at from case_file where id = :id")
                .param("id", caseId)
                .query((rs, n) -> Optional.ofNullable(Timestamps.nullableInstant(rs, "closed_at")))
                .optional()
                .flatMap(closedAt -> closedAt);
    }

    /**
     * Replaces what identifies the child with a record of what indicators need (sex, nationality; age band, forms of
     * exploitation and flags stay in their columns), and removes the name keys, the date-of-birth index, the
     * guardian's name, the link to the report and the values in the history.
     */
    void anonymise(UUID caseId, ChildRecord kept) {
        jdbc.sql("delete from case_name_key where case_id = :case")
                .param("case", caseId)
                .update();
        jdbc.sql("""
                update case_file set child_encrypted = :child, date_of_birth_index = null, guardian_encrypted = null,
                    report_reference = null
                where id = :case""")
                .param("case", caseId)
                .param(
                        "child",
                        cipher.encrypt(
                                SEALED.writeValueAsString(new Cases.Sealed(kept, null)), Cases.CHILD.row(caseId)))
                .update();
        emptyHistoryValues(caseId);
    }

    /** Empties the before and after values of a case's history; fields, who and when stay. */
    int emptyHistoryValues(UUID caseId) {
        return jdbc.sql("""
                update case_change set before_encrypted = null, after_encrypted = null
                where case_id = :case and (before_encrypted is not null or after_encrypted is not null)""").param("case", caseId).update();
    }

    private ClosedCase map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ClosedCase(
                rs.getObject("id", UUID.class),
                rs.getString("case_number"),
                Timestamps.instant(rs, "closed_at"),
                rs.getObject("organisation_id", UUID.class),
                rs.getBoolean("held"));
    }
}
