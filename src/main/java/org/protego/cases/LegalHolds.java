package org.protego.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.FieldCipher;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases on legal hold, with who placed the hold, when and why (the reason encrypted, bound to the case). */
@Repository
class LegalHolds {

    static final FieldCipher.Column REASON = new FieldCipher.Column("case_legal_hold", "reason_encrypted");

    /** A hold as stored. */
    record Hold(UUID caseId, String reason, String placedBy, Instant placedAt) {}

    /** A held case as an administrator lists it: no reason, nothing about the child. */
    record HeldCase(UUID caseId, String caseNumber, UUID organisationId, String placedBy, Instant placedAt) {}

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    LegalHolds(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    Optional<Hold> of(UUID caseId) {
        return jdbc.sql("select * from case_legal_hold where case_id = :case")
                .param("case", caseId)
                .query((rs, n) -> new Hold(
                        caseId,
                        cipher.decrypt(rs.getString("reason_encrypted"), REASON.row(caseId)),
                        rs.getString("placed_by"),
                        Timestamps.instant(rs, "placed_at")))
                .optional();
    }

    boolean holds(UUID caseId) {
        return jdbc.sql("select exists (select 1 from case_legal_hold where case_id = :case)")
                .param("case", caseId)
                .query(Boolean.class)
                .single();
    }

    void place(Hold hold) {
        jdbc.sql("""
                insert into case_legal_hold (case_id, reason_encrypted, placed_by, placed_at)
                values (:case, :reason, :by, :at)""")
                .param("case", hold.caseId())
                .param("reason", cipher.encrypt(hold.reason(), REASON.row(hold.caseId())))
                .param("by", hold.placedBy())
                .param("at", Timestamps.offset(hold.placedAt()))
                .update();
    }

    void lift(UUID caseId) {
        jdbc.sql("delete from case_legal_hold where case_id = :case")
                .param("case", caseId)
                .update();
    }

    List<HeldCase> all() {
        return jdbc.sql("""
                select h.case_id, c.case_number, c.organisation_id, h.placed_by, h.placed_at
                from case_legal_hold h join case_file c on c.id = h.case_id order by h.placed_at desc""")
                .query((rs, n) -> new HeldCase(
                        rs.getObject("case_id", UUID.class),
                        rs.getString("case_number"),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("placed_by"),
                        Timestamps.instant(rs, "placed_at")))
                .list();
    }
}
