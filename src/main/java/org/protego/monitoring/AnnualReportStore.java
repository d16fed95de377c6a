package org.protego.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.ConflictException;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * Annual reports as stored. A change names the version it read and fails with {@code annual-report-changed} when
 * someone changed the report in between.
 */
@Repository
class AnnualReportStore {

    private static final String COLUMNS = """
            id, year, language, state, snapshot_sha256, cut_off, created_by, created_by_name, created_at, narrative,
            last_edited_by, last_edited_by_name, last_edited_at, approved_by, approved_by_name, approved_at,
            signed_text, signature, pdf_sha256, pdf_signed_text, pdf_signature, version""";

    private static final TypeReference<LinkedHashMap<String, String>> NARRATIVE = new TypeReference<>() {};

    private final JdbcClient jdbc;

    AnnualReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AnnualReport report, String snapshot) {
        jdbc.sql("""
                insert into monitoring_annual_report (id, year, language, state, snapshot, snapshot_sha256, cut_off,
                    created_by, created_by_name, created_at, narrative, version)
                values (:id, :year, :language, 'draft', cast(:snapshot as jsonb), :sha256, :cutOff, :createdBy,
                    :createdByName, :createdAt, '{}', 0)""")
                .param("id", report.id())
                .param("year", report.year())
                .param("language", report.language())
                .param("snapshot", snapshot)
                .param("sha256", report.snapshotSha256())
                .param("cutOff", Timestamps.offset(report.cutOff()))
                .param("createdBy", report.createdBy().id())
                .param("createdByName", report.createdBy().name())
                .param("createdAt", Timestamps.offset(report.createdAt()))
                .update();
    }

    Optional<AnnualReport> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from monitoring_annual_report where id = :id")
                .param("id", id)
                .query(AnnualReportStore::report)
                .optional();
    }

    /** The report, locked until the transaction ends, so that two approvals of one draft cannot both go ahead. */
    Optional<AnnualReport> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from monitoring_annual_report where id = :id for update")
                .param("id", id)
                .query(AnnualReportStore::report)
                .optional();
    }

    /** Every report, the latest year first and within a year the newest first. */
    List<AnnualReport> all() {
        return jdbc.sql("select " + COLUMNS + " from monitoring_annual_report order by year desc, created_at desc")
                .query(AnnualReportStore::report)
                .list();
    }

    /** The snapshot as stored, read back into the tree its canonical text was made from. */
    JsonNode snapshot(UUID id) {
        return AnnualReportJson.parse(jdbc.sql("select snapshot::text from monitoring_annual_report where id = :id")
                .param("id", id)
                .query(String.class)
                .single());
    }

    Optional<byte[]> pdf(UUID id) {
        return jdbc.sql("select pdf from monitoring_annual_report where id = :id and pdf is not null")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    void replaceSnapshot(AnnualReport report, String snapshot, String sha256, Instant cutOff) {
        changed(jdbc.sql("""
                update monitoring_annual_report set snapshot = cast(:snapshot as jsonb), snapshot_sha256 = :sha256,
                    cut_off = :cutOff, version = version + 1
                where id = :id and version = :version and state = 'draft'""")
                .param("snapshot", snapshot)
                .param("sha256", sha256)
                .param("cutOff", Timestamps.offset(cutOff))
                .param("id", report.id())
                .param("version", report.version())
                .update());
    }

    void replaceNarrative(AnnualReport report, Map<String, String> narrative, AnnualReport.Person by, Instant at) {
        changed(jdbc.sql("""
                update monitoring_annual_report set narrative = cast(:narrative as jsonb), last_edited_by = :by,
                    last_edited_by_name = :byName, last_edited_at = :at, version = version + 1
                where id = :id and version = :version and state = 'draft'""")
                .param("narrative", AnnualReportJson.canonical(narrative))
                .param("by", by.id())
                .param("byName", by.name())
                .param("at", Timestamps.offset(at))
                .param("id", report.id())
                .param("version", report.version())
                .update());
    }

    /** Marks the year's published report, if any other, superseded; returns its id. */
    Optional<UUID> supersedePublished(int year, UUID except) {
        return jdbc.sql("""
                update monitoring_annual_report set state = 'superseded', version = version + 1
                where year = :year and state = 'published' and id <> :id returning id""")
                .param("year", year)
                .param("id", except)
                .query(UUID.class)
                .optional();
    }

    void publish(AnnualReport published, byte[] pdf) {
        changed(jdbc.sql("""
                update monitoring_annual_report set state = 'published', approved_by = :by, approved_by_name = :byName,
                    approved_at = :at, signed_text = :signedText, signature = :signature, pdf = :pdf,
                    pdf_sha256 = :pdfSha256, pdf_signed_text = :pdfSignedText, pdf_signature = :pdfSignature,
                    version = version + 1
                where id = :id and version = :version and state = 'draft'""")
                .param("by", published.approvedBy().id())
                .param("byName", published.approvedBy().name())
                .param("at", Timestamps.offset(published.approvedAt()))
                .param("signedText", published.signedText())
                .param("signature", published.signature())
                .param("pdf", pdf)
                .param("pdfSha256", published.pdfSha256())
                .param("pdfSignedText", published.pdfSignedText())
                .param("pdfSignature", published.pdfSignature())
                .param("id", published.id())
                .param("version", published.version())
                .update());
    }

    private static void changed(int rows) {
        if (rows != 1) {
            throw new ConflictException(MonitoringError.ANNUAL_REPORT_CHANGED);
        }
    }

    private static AnnualReport report(ResultSet rs, int row) throws SQLException {
        return new AnnualReport(
                rs.getObject("id", UUID.class),
                rs.getInt("year"),
                rs.getString("language"),
                AnnualReport.State.fromCode(rs.getString("state")),
                rs.getString("snapshot_sha256"),
                Timestamps.instant(rs, "cut_off"),
                new AnnualReport.Person(rs.getObject("created_by", UUID.class), rs.getString("created_by_name")),
                Timestamps.instant(rs, "created_at"),
                narrative(rs.getString("narrative")),
                person(rs, "last_edited_by"),
                Timestamps.nullableInstant(rs, "last_edited_at"),
                person(rs, "approved_by"),
                Timestamps.nullableInstant(rs, "approved_at"),
                rs.getString("signed_text"),
                rs.getString("signature"),
                rs.getString("pdf_sha256"),
                rs.getString("pdf_signed_text"),
                rs.getString("pdf_signature"),
                rs.getLong("version"));
    }

    private static AnnualReport.Person person(ResultSet rs, String column) throws SQLException {
        UUID id = rs.getObject(column, UUID.class);
        return id == null ? null : new AnnualReport.Person(id, rs.getString(column + "_name"));
    }

    private static Map<String, String> narrative(String json) {
        Map<String, String> stored = AnnualReportJson.JSON.readValue(json, NARRATIVE);
        // In the report's order: jsonb keeps its own.
        Map<String, String> ordered = new LinkedHashMap<>();
        AnnualReport.NARRATIVE_PARTS.forEach(part -> {
            if (stored.containsKey(part)) {
                ordered.put(part, stored.get(part));
            }
        });
        return ordered;
    }
}
