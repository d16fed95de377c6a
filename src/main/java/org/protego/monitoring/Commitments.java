package org.protego.monitoring;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The commitments as stored, with their evidence and history. */
@Repository
class Commitments {

    private static final String SELECT = """
            select c.*, o.name as owner_name from monitoring_commitment c
            left join identity_organisation o on o.id = c.owner_organisation_id""";

    private final JdbcClient jdbc;

    Commitments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(
            String code,
            String document,
            int documentYear,
            String section,
            String paragraph,
            String quote,
            String summary,
            String theme,
            String seedFile,
            LocalDate deadline,
            String recurrence,
            List<String> indicators,
            List<String> instruments,
            UUID ownerId,
            String ownerName,
            CommitmentStatus status,
            LocalDate metOn,
            String note,
            String assessedBy,
            Instant assessedAt,
            Instant remindedAt,
            long version) {

        boolean yearly() {
            return recurrence.equals("yearly");
        }
    }

    List<Stored> all() {
        return jdbc.sql(SELECT + " order by c.position")
                .query(Commitments::stored)
                .list();
    }

    List<Stored> ownedBy(UUID organisationId) {
        return jdbc.sql(SELECT + " where c.owner_organisation_id = :owner order by c.position")
                .param("owner", organisationId)
                .query(Commitments::stored)
                .list();
    }

    Optional<Stored> find(String code) {
        return jdbc.sql(SELECT + " where c.code = :code")
                .param("code", code)
                .query(Commitments::stored)
                .optional();
    }

    /** Records an assessment over the version read; false if the commitment changed since. */
    boolean assess(
            String code, long version, CommitmentStatus status, LocalDate metOn, String note, String by, Instant at) {
        return jdbc.sql("""
                        update monitoring_commitment set status = :status, met_on = :metOn, status_note = :note,
                            assessed_by = :by, assessed_at = :at, version = version + 1,
                            reminded_at = case when :met then null else reminded_at end
                        where code = :code and version = :version""")
                        .param("status", status.code())
                        .param("metOn", metOn)
                        .param("note", note)
                        .param("by", by)
                        .param("at", Timestamps.offset(at))
                        .param("met", status.met())
                        .param("code", code)
                        .param("version", version)
                        .update()
                == 1;
    }

    boolean setOwner(String code, long version, UUID ownerId) {
        return jdbc.sql("""
                        update monitoring_commitment set owner_organisation_id = :owner, version = version + 1
                        where code = :code and version = :version""")
                        .param("owner", ownerId)
                        .param("code", code)
                        .param("version", version)
                        .update()
                == 1;
    }

    void touch(String code) {
        jdbc.sql("update monitoring_commitment set version = version + 1 where code = :code")
                .param("code", code)
                .update();
    }

    void markReminded(String code, Instant at) {
        jdbc.sql("update monitoring_commitment set reminded_at = :at where code = :code")
                .param("at", Timestamps.offset(at))
                .param("code", code)
                .update();
    }

    void clearReminder(String code) {
        jdbc.sql("update monitoring_commitment set reminded_at = null where code = :code")
                .param("code", code)
                .update();
    }

    /** Commitments found overdue and reminded: all of them, or those of one owner. */
    long reminded(UUID ownerOrNull) {
        return jdbc.sql("""
                        select count(*) from monitoring_commitment where reminded_at is not null
                        and (cast(:owner as uuid) is null or owner_organisation_id = :owner)""").param("owner", ownerOrNull).query(Long.class).single();
    }

    void addEvidence(UUID id, String code, CommitmentViews.NewEvidence evidence, String by, Instant at) {
        jdbc.sql("""
                insert into monitoring_commitment_evidence (id, commitment_code, kind, title, url, indicator_code,
                    added_by, added_at)
                values (:id, :code, :kind, :title, :url, :indicator, :by, :at)""")
                .param("id", id)
                .param("code", code)
                .param("kind", evidence.kind())
                .param("title", evidence.title())
                .param("url", evidence.url())
                .param("indicator", evidence.indicator())
                .param("by", by)
                .param("at", Timestamps.offset(at))
                .update();
    }

    List<CommitmentViews.Evidence> evidenceOf(String code) {
        return jdbc.sql("""
                        select * from monitoring_commitment_evidence where commitment_code = :code
                        order by added_at, id""")
                .param("code", code)
                .query((rs, n) -> new CommitmentViews.Evidence(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("title"),
                        rs.getString("url"),
                        rs.getString("indicator_code"),
                        rs.getString("added_by"),
                        Timestamps.instant(rs, "added_at")))
                .list();
    }

    void addHistory(String code, Instant at, String by, String change, CommitmentViews.HistoryEntry entry) {
        jdbc.sql("""
                insert into monitoring_commitment_history (commitment_code, at, by_user, change, status, met_on,
                    note, owner_name, evidence_title)
                values (:code, :at, :by, :change, :status, :metOn, :note, :owner, :evidence)""")
                .param("code", code)
                .param("at", Timestamps.offset(at))
                .param("by", by)
                .param("change", change)
                .param("status", entry.status())
                .param("metOn", entry.metOn())
                .param("note", entry.note())
                .param("owner", entry.owner())
                .param("evidence", entry.evidence())
                .update();
    }

    List<CommitmentViews.HistoryEntry> historyOf(String code) {
        return jdbc.sql("""
                        select * from monitoring_commitment_history where commitment_code = :code
                        order by at desc, id desc""")
                .param("code", code)
                .query((rs, n) -> new CommitmentViews.HistoryEntry(
                        Timestamps.instant(rs, "at"),
                        rs.getString("by_user"),
                        rs.getString("change"),
                        rs.getString("status"),
                        rs.getObject("met_on", LocalDate.class),
                        rs.getString("note"),
                        rs.getString("owner_name"),
                        rs.getString("evidence_title")))
                .list();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(
                rs.getString("code"),
                rs.getString("document"),
                rs.getInt("document_year"),
                rs.getString("section"),
                rs.getString("paragraph"),
                rs.getString("quote"),
                rs.getString("summary"),
                rs.getString("theme"),
                rs.getString("seed_file"),
                rs.getObject("deadline", LocalDate.class),
                rs.getString("recurrence"),
                strings(rs.getArray("evidence_indicators")),
                strings(rs.getArray("instrument_codes")),
                rs.getObject("owner_organisation_id", UUID.class),
                rs.getString("owner_name"),
                CommitmentStatus.fromCode(rs.getString("status")).orElseThrow(),
                rs.getObject("met_on", LocalDate.class),
                rs.getString("status_note"),
                rs.getString("assessed_by"),
                Timestamps.nullableInstant(rs, "assessed_at"),
                Timestamps.nullableInstant(rs, "reminded_at"),
                rs.getLong("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
