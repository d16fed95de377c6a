package org.protego.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The registry of codes of conduct as stored: the codes, who signed them, and the yearly self-reports. */
@Repository
class Registry {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    Registry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RegistryViews.CodeOfConduct> codes() {
        return jdbc.sql("select code, title, sector, source, quote, commitments::text from monitoring_code_of_conduct"
                        + " order by position")
                .query(Registry::code)
                .list();
    }

    Optional<RegistryViews.CodeOfConduct> code(String code) {
        return jdbc.sql("select code, title, sector, source, quote, commitments::text from monitoring_code_of_conduct"
                        + " where code = :code")
                .param("code", code)
                .query(Registry::code)
                .optional();
    }

    /** The organisations that signed a code, by name. */
    List<UUID> companyIds() {
        return jdbc.sql("""
                        select o.id from identity_organisation o
                        where exists (select 1 from monitoring_code_signature s where s.organisation_id = o.id)
                        order by o.name""").query(UUID.class).list();
    }

    Optional<String> companyName(UUID id) {
        return jdbc.sql("select name from identity_organisation where id = :id and kind = 'company'")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    List<RegistryViews.Signature> signaturesOf(UUID company) {
        return jdbc.sql("""
                        select s.code, c.title, s.signed_on, s.withdrawn_on from monitoring_code_signature s
                        join monitoring_code_of_conduct c on c.code = s.code
                        where s.organisation_id = :company order by c.position""")
                .param("company", company)
                .query((rs, n) -> new RegistryViews.Signature(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    boolean sign(UUID company, String code, LocalDate signedOn, String by, Instant at) {
        return jdbc.sql("""
                        insert into monitoring_code_signature (organisation_id, code, signed_on, recorded_by,
                            recorded_at)
                        values (:company, :code, :signedOn, :by, :at) on conflict do nothing""")
                        .param("company", company)
                        .param("code", code)
                        .param("signedOn", signedOn)
                        .param("by", by)
                        .param("at", Timestamps.offset(at))
                        .update()
                == 1;
    }

    boolean withdraw(UUID company, String code, LocalDate withdrawnOn) {
        return jdbc.sql("""
                        update monitoring_code_signature set withdrawn_on = :withdrawnOn
                        where organisation_id = :company and code = :code""")
                        .param("withdrawnOn", withdrawnOn)
                        .param("company", company)
                        .param("code", code)
                        .update()
                == 1;
    }

    /** Stores a self-report; false when the company already reported on the code for the year. */
    boolean insertSelfReport(
            UUID id,
            UUID company,
            String code,
            int year,
            List<RegistryViews.Answer> answers,
            String by,
            Instant at,
            boolean onBehalf) {
        return jdbc.sql("""
                        insert into monitoring_self_report (id, organisation_id, code, year, answers, submitted_by,
                            submitted_at, on_behalf)
                        values (:id, :company, :code, :year, cast(:answers as jsonb), :by, :at, :onBehalf)
                        on conflict (organisation_id, code, year) do nothing""")
                        .param("id", id)
                        .param("company", company)
                        .param("code", code)
                        .param("year", year)
                        .param("answers", JSON.writeValueAsString(answers))
                        .param("by", by)
                        .param("at", Timestamps.offset(at))
                        .param("onBehalf", onBehalf)
                        .update()
                == 1;
    }

    List<RegistryViews.SelfReport> selfReportsOf(UUID company) {
        return jdbc.sql(
                        "select * from monitoring_self_report where organisation_id = :company order by year desc, code")
                .param("company", company)
                .query(Registry::selfReport)
                .list();
    }

    Optional<RegistryViews.SelfReport> selfReport(UUID id) {
        return jdbc.sql("select * from monitoring_self_report where id = :id")
                .param("id", id)
                .query(Registry::selfReport)
                .optional();
    }

    void assess(UUID id, String assessment, String note, String by, Instant at) {
        jdbc.sql("""
                update monitoring_self_report set assessment = :assessment, assessment_note = :note,
                    assessed_by = :by, assessed_at = :at, version = version + 1
                where id = :id""")
                .param("assessment", assessment)
                .param("note", note)
                .param("by", by)
                .param("at", Timestamps.offset(at))
                .param("id", id)
                .update();
    }

    private static RegistryViews.CodeOfConduct code(ResultSet rs, int row) throws SQLException {
        List<RegistryViews.Pledge> pledges = new ArrayList<>();
        for (JsonNode pledge : JSON.readTree(rs.getString(6))) {
            pledges.add(new RegistryViews.Pledge(
                    pledge.get("code").asString(), pledge.get("text_en").asString()));
        }
        return new RegistryViews.CodeOfConduct(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), pledges);
    }

    private static RegistryViews.SelfReport selfReport(ResultSet rs, int row) throws SQLException {
        List<RegistryViews.Answer> answers = new ArrayList<>();
        for (JsonNode answer : JSON.readTree(rs.getString("answers"))) {
            JsonNode text = answer.get("text");
            answers.add(new RegistryViews.Answer(
                    answer.get("commitment").asString(),
                    answer.get("answer").asString(),
                    text == null || text.isNull() ? null : text.asString()));
        }
        return new RegistryViews.SelfReport(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("code"),
                rs.getInt("year"),
                answers,
                rs.getString("submitted_by"),
                Timestamps.instant(rs, "submitted_at"),
                rs.getBoolean("on_behalf"),
                rs.getString("assessment"),
                rs.getString("assessment_note"),
                rs.getString("assessed_by"),
                Timestamps.nullableInstant(rs, "assessed_at"),
                rs.getLong("version"));
    }
}
