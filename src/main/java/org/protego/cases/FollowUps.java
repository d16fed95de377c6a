package org.protego.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.protego.shared.FieldCipher;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Follow-ups as stored: the notes encrypted and bound to their row. */
@Repository
class FollowUps {

    static final FieldCipher.Column NOTES = new FieldCipher.Column("case_follow_up", "notes_encrypted");

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    FollowUps(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(FollowUp followUp) {
        jdbc.sql("""
                insert into case_follow_up (id, case_id, kind, happened_on, notes_encrypted, next_due_on, recorded_by,
                    recorded_at)
                values (:id, :case, :kind, :happenedOn, :notes, :nextDueOn, :by, :at)""")
                .param("id", followUp.id())
                .param("case", followUp.caseId())
                .param("kind", followUp.kind().name())
                .param("happenedOn", followUp.happenedOn())
                .param("notes", cipher.encrypt(followUp.notes(), NOTES.row(followUp.id())))
                .param("nextDueOn", followUp.nextDueOn())
                .param("by", followUp.recordedBy())
                .param("at", Timestamps.offset(followUp.recordedAt()))
                .update();
    }

    /** A case's follow-ups, latest first. */
    List<FollowUp> ofCase(UUID caseId) {
        return jdbc.sql(
                        "select * from case_follow_up where case_id = :case order by happened_on desc, recorded_at desc")
                .param("case", caseId)
                .query(this::map)
                .list();
    }

    private FollowUp map(ResultSet rs, int rowNumber) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new FollowUp(
                id,
                rs.getObject("case_id", UUID.class),
                FollowUpKind.valueOf(rs.getString("kind")),
                rs.getObject("happened_on", LocalDate.class),
                cipher.decrypt(rs.getString("notes_encrypted"), NOTES.row(id)),
                rs.getObject("next_due_on", LocalDate.class),
                rs.getString("recorded_by"),
                Timestamps.instant(rs, "recorded_at"));
    }
}
