package org.protego.reports;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.CanonicalUrl;
import org.protego.shared.FieldCipher;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports as stored; descriptions and contacts arrive here already encrypted. */
@Repository
class Reports {

    /** What happened and how to reach the reporter may identify a child: both are stored encrypted. */
    static final FieldCipher.Column DESCRIPTION = new FieldCipher.Column("reports_report", "description_encrypted");

    static final FieldCipher.Column CONTACT = new FieldCipher.Column("reports_report", "contact_encrypted");

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    Reports(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    record NewReport(
            UUID id,
            String reference,
            String followUpCodeHash,
            UUID organisationId,
            Category category,
            Channel channel,
            String descriptionEncrypted,
            String contactEncrypted,
            String country,
            java.time.LocalDate incidentDate,
            String language,
            boolean childInDanger,
            boolean reporterIsChild,
            Instant receivedAt,
            String recordedBy,
            UUID submitterOrganisationId,
            List<ReportedUrl> urls) {}

    record StoredReport(
            UUID id,
            String reference,
            UUID organisationId,
            Category category,
            Channel channel,
            String descriptionEncrypted,
            String contactEncrypted,
            String country,
            java.time.LocalDate incidentDate,
            String language,
            boolean childInDanger,
            boolean reporterIsChild,
            ReportStatus status,
            Instant receivedAt,
            Instant statusChangedAt,
            String recordedBy) {

        Report asAggregate() {
            return new Report(id, reference, organisationId, status, statusChangedAt);
        }
    }

    boolean referenceExists(String reference) {
        return jdbc.sql("select count(*) from reports_report where reference = :reference")
                        .param("reference", reference)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void insert(NewReport report) {
        jdbc.sql("""
                insert into reports_report (id, reference, follow_up_code_hash, organisation_id, category, channel,
                    description_encrypted, contact_encrypted, country, incident_date, language, child_in_danger,
                    reporter_is_child, status, received_at, status_changed_at, recorded_by, submitter_organisation_id)
                values (:id, :reference, :codeHash, :organisationId, :category, :channel, :description, :contact,
                    :country, :incidentDate, :language, :childInDanger, :reporterIsChild, :status, :receivedAt,
                    :receivedAt, :recordedBy, :submitter)""")
                .param("id", report.id())
                .param("reference", report.reference())
                .param("codeHash", report.followUpCodeHash())
                .param("organisationId", report.organisationId())
                .param("category", report.category().name())
                .param("channel", report.channel().name())
                .param("description", report.descriptionEncrypted())
                .param("contact", report.contactEncrypted())
                .param("country", report.country())
                .param("incidentDate", report.incidentDate() == null ? null : Date.valueOf(report.incidentDate()))
                .param("language", report.language())
                .param("childInDanger", report.childInDanger())
                .param("reporterIsChild", report.reporterIsChild())
                .param("status", ReportStatus.RECEIVED.name())
                .param("receivedAt", Timestamps.offset(report.receivedAt()))
                .param("recordedBy", report.recordedBy())
                .param("submitter", report.submitterOrganisationId())
                .update();
        List<ReportedUrl> urls = report.urls();
        // Industry submissions carry up to 10,000 URLs: one batched statement instead of one round trip each.
        batch.batchUpdate(
                "insert into reports_url (report_id, position, as_reported, canonical_url) values (?, ?, ?, ?)",
                java.util.stream.IntStream.range(0, urls.size()).boxed().toList(),
                1000,
                (statement, position) -> {
                    statement.setObject(1, report.id());
                    statement.setInt(2, position);
                    statement.setString(3, urls.get(position).asReported());
                    statement.setString(4, urls.get(position).canonical().value());
                });
    }

    Optional<UUID> submittedBy(String reference, UUID submitterOrganisationId) {
        return jdbc.sql(
                        "select id from reports_report where reference = :reference and submitter_organisation_id = :org")
                .param("reference", reference)
                .param("org", submitterOrganisationId)
                .query(UUID.class)
                .optional();
    }

    Optional<StoredReport> byId(UUID id) {
        return jdbc.sql("select * from reports_report where id = :id")
                .param("id", id)
                .query(Reports::map)
                .optional();
    }

    /** Loads a report for a change of status, locking its row until the transaction ends. */
    Optional<Report> forUpdate(UUID id) {
        return jdbc.sql("select * from reports_report where id = :id for update")
                .param("id", id)
                .query(Reports::map)
                .optional()
                .map(StoredReport::asAggregate);
    }

    Optional<StoredReport> byReference(String reference) {
        return jdbc.sql("select * from reports_report where reference = :reference")
                .param("reference", reference)
                .query(Reports::map)
                .optional();
    }

    Optional<StoredReport> byReferenceAndCodeHash(String reference, String codeHash) {
        return jdbc.sql("select * from reports_report where reference = :reference and follow_up_code_hash = :hash")
                .param("reference", reference)
                .param("hash", codeHash)
                .query(Reports::map)
                .optional();
    }

    List<ReportedUrl> urlsOf(UUID reportId) {
        return jdbc.sql("select as_reported, canonical_url from reports_url where report_id = :id order by position")
                .param("id", reportId)
                .query((rs, n) -> new ReportedUrl(rs.getString(1), new CanonicalUrl(rs.getString(2))))
                .list();
    }

    void saveStatus(Report report) {
        jdbc.sql("update reports_report set status = :status, status_changed_at = :at where id = :id")
                .param("status", report.status().name())
                .param("at", Timestamps.offset(report.statusChangedAt()))
                .param("id", report.id())
                .update();
    }

    private static StoredReport map(ResultSet rs, int row) throws SQLException {
        Date incidentDate = rs.getDate("incident_date");
        return new StoredReport(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getObject("organisation_id", UUID.class),
                Category.valueOf(rs.getString("category")),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("description_encrypted"),
                rs.getString("contact_encrypted"),
                rs.getString("country"),
                incidentDate == null ? null : incidentDate.toLocalDate(),
                rs.getString("language"),
                rs.getBoolean("child_in_danger"),
                rs.getBoolean("reporter_is_child"),
                ReportStatus.valueOf(rs.getString("status")),
                Timestamps.instant(rs, "received_at"),
                Timestamps.instant(rs, "status_changed_at"),
                rs.getString("recorded_by"));
    }
}
