package org.protego.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.FieldCipher;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Best-interests assessments as stored: every revision a row, its sections encrypted and bound to the row. */
@Repository
class Assessments {

    static final FieldCipher.Column SECTIONS = new FieldCipher.Column("case_assessment", "sections_encrypted");

    /** A stable format of its own, so that what is stored does not follow the web API's JSON settings. */
    private static final JsonMapper SEALED = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    Assessments(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The number the next revision of a case's assessment takes; call it with the case locked. */
    int nextRevision(UUID caseId) {
        return jdbc.sql("select coalesce(max(revision), 0) + 1 from case_assessment where case_id = :case")
                .param("case", caseId)
                .query(Integer.class)
                .single();
    }

    void insert(Assessment assessment) {
        jdbc.sql("""
                insert into case_assessment (id, case_id, revision, assessed_on, author_id, author, recorded_at,
                    sections_encrypted)
                values (:id, :case, :revision, :assessedOn, :authorId, :author, :recordedAt, :sections)""")
                .param("id", assessment.id())
                .param("case", assessment.caseId())
                .param("revision", assessment.revision())
                .param("assessedOn", assessment.assessedOn())
                .param("authorId", assessment.authorId())
                .param("author", assessment.author())
                .param("recordedAt", Timestamps.offset(assessment.recordedAt()))
                .param(
                        "sections",
                        cipher.encrypt(SEALED.writeValueAsString(assessment.sections()), SECTIONS.row(assessment.id())))
                .update();
    }

    /** Every revision of a case's assessment, newest first. */
    List<Assessment> ofCase(UUID caseId) {
        return jdbc.sql("select * from case_assessment where case_id = :case order by revision desc")
                .param("case", caseId)
                .query(this::map)
                .list();
    }

    Optional<Assessment> latest(UUID caseId) {
        return jdbc.sql("select * from case_assessment where case_id = :case order by revision desc limit 1")
                .param("case", caseId)
                .query(this::map)
                .optional();
    }

    /** A revision of this case's assessment; one of another case is not found. */
    Optional<Assessment> byId(UUID caseId, UUID id) {
        return jdbc.sql("select * from case_assessment where case_id = :case and id = :id")
                .param("case", caseId)
                .param("id", id)
                .query(this::map)
                .optional();
    }

    private Assessment map(ResultSet rs, int rowNumber) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Assessment(
                id,
                rs.getObject("case_id", UUID.class),
                rs.getInt("revision"),
                rs.getObject("assessed_on", java.time.LocalDate.class),
                rs.getObject("author_id", UUID.class),
                rs.getString("author"),
                Timestamps.instant(rs, "recorded_at"),
                SEALED.readValue(
                        cipher.decrypt(rs.getString("sections_encrypted"), SECTIONS.row(id)),
                        Assessment.Sections.class));
    }
}
