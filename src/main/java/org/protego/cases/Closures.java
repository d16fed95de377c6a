package org.protego.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.FieldCipher;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Closure requests as stored: the reason code in the clear, every free text encrypted and bound to its row. */
@Repository
class Closures {

    static final FieldCipher.Column NOTE = new FieldCipher.Column("case_closure", "note_encrypted");
    static final FieldCipher.Column REFUSAL = new FieldCipher.Column("case_closure", "refusal_encrypted");
    static final FieldCipher.Column REOPENING = new FieldCipher.Column("case_closure", "reopening_encrypted");

    static final String APPROVED = "APPROVED";
    static final String REFUSED = "REFUSED";

    /** One closure request with what became of it. */
    record Closure(
            UUID id,
            UUID caseId,
            ClosureReason reason,
            String note,
            UUID requestedBy,
            String requestedByName,
            Instant requestedAt,
            String decision,
            String decidedByName,
            Instant decidedAt,
            String refusalReason,
            String reopenedByName,
            Instant reopenedAt,
            String reopeningReason) {

        ClosureView view() {
            return new ClosureView(
                    id,
                    reason.code(),
                    note,
                    requestedByName,
                    requestedAt,
                    decision == null ? "pending" : decision.toLowerCase(java.util.Locale.ROOT),
                    decidedByName,
                    decidedAt,
                    refusalReason,
                    reopenedByName,
                    reopenedAt,
                    reopeningReason);
        }
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    Closures(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insertRequest(
            UUID id, UUID caseId, ClosureReason reason, String note, UUID requestedBy, String name, Instant at) {
        jdbc.sql("""
                insert into case_closure (id, case_id, reason, note_encrypted, requested_by, requested_by_name,
                    requested_at)
                values (:id, :case, :reason, :note, :by, :name, :at)""")
                .param("id", id)
                .param("case", caseId)
                .param("reason", reason.name())
                .param("note", cipher.encrypt(note, NOTE.row(id)))
                .param("by", requestedBy)
                .param("name", name)
                .param("at", Timestamps.offset(at))
                .update();
    }

    /** The request a supervisor has not decided yet; at most one per case. */
    Optional<Closure> pending(UUID caseId) {
        return jdbc.sql("select * from case_closure where case_id = :case and decision is null")
                .param("case", caseId)
                .query(this::map)
                .optional();
    }

    /** The approved closure a reopening ends: the latest one not yet reopened. */
    Optional<Closure> lastApproved(UUID caseId) {
        return jdbc.sql("""
                select * from case_closure where case_id = :case and decision = 'APPROVED' and reopened_at is null
                order by decided_at desc limit 1""").param("case", caseId).query(this::map).optional();
    }

    void decide(UUID id, String decision, String decidedBy, Instant at, String refusalReason) {
        jdbc.sql("""
                update case_closure set decision = :decision, decided_by_name = :by, decided_at = :at,
                    refusal_encrypted = :refusal
                where id = :id""")
                .param("id", id)
                .param("decision", decision)
                .param("by", decidedBy)
                .param("at", Timestamps.offset(at))
                .param("refusal", cipher.encrypt(refusalReason, REFUSAL.row(id)))
                .update();
    }

    void reopen(UUID id, String reopenedBy, Instant at, String reason) {
        jdbc.sql("""
                update case_closure set reopened_by_name = :by, reopened_at = :at, reopening_encrypted = :reason
                where id = :id""")
                .param("id", id)
                .param("by", reopenedBy)
                .param("at", Timestamps.offset(at))
                .param("reason", cipher.encrypt(reason, REOPENING.row(id)))
                .update();
    }

    /** Every closure request of a case, newest first. */
    List<Closure> ofCase(UUID caseId) {
        return jdbc.sql("select * from case_closure where case_id = :case order by requested_at desc, id")
                .param("case", caseId)
                .query(this::map)
                .list();
    }

    /** Keeps on the case when and why it was closed, in the clear for indicators; null values mark it reopened. */
    void markClosed(UUID caseId, ClosureReason reason, Instant at) {
        jdbc.sql("update case_file set closed_at = :at, closure_reason = :reason where id = :case")
                .param("case", caseId)
                .param("at", at == null ? null : Timestamps.offset(at))
                .param("reason", reason == null ? null : reason.code())
                .update();
    }

    private Closure map(ResultSet rs, int rowNumber) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Closure(
                id,
                rs.getObject("case_id", UUID.class),
                ClosureReason.valueOf(rs.getString("reason")),
                cipher.decrypt(rs.getString("note_encrypted"), NOTE.row(id)),
                rs.getObject("requested_by", UUID.class),
                rs.getString("requested_by_name"),
                Timestamps.instant(rs, "requested_at"),
                rs.getString("decision"),
                rs.getString("decided_by_name"),
                Timestamps.nullableInstant(rs, "decided_at"),
                cipher.decrypt(rs.getString("refusal_encrypted"), REFUSAL.row(id)),
                rs.getString("reopened_by_name"),
                Timestamps.nullableInstant(rs, "reopened_at"),
                cipher.decrypt(rs.getString("reopening_encrypted"), REOPENING.row(id)));
    }
}
