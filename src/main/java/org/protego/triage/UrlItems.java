package org.protego.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.protego.reports.Category;
import org.protego.reports.Channel;
import org.protego.reports.ReportReceived;
import org.protego.reports.ReportedUrl;
import org.protego.shared.FieldCipher;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** URL items, the reports attached to them and their assessments, as stored. */
@Repository
class UrlItems {

    /** An analyst's note may name or describe a child: it is stored encrypted. */
    static final FieldCipher.Column NOTE = new FieldCipher.Column("triage_assessment", "note_encrypted");

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final FieldCipher cipher;

    UrlItems(JdbcClient jdbc, NamedParameterJdbcTemplate batches, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.cipher = cipher;
    }

    /** Files a received report and its URLs; a report delivered twice is filed once. */
    boolean file(ReportReceived report) {
        int inserted = jdbc.sql("""
                insert into triage_report (report_id, reference, organisation_id, category, channel, child_in_danger,
                                           reporter_is_child, received_at)
                values (:id, :reference, :organisationId, :category, :channel, :childInDanger, :reporterIsChild,
                        :receivedAt)
                on conflict (report_id) do nothing""")
                .param("id", report.reportId())
                .param("reference", report.reference())
                .param("organisationId", report.organisationId())
                .param("category", report.category().name())
                .param("channel", report.channel().name())
                .param("childInDanger", report.childInDanger())
                .param("reporterIsChild", report.reporterIsChild())
                .param("receivedAt", Timestamps.offset(report.receivedAt()))
                .update();
        if (inserted == 0) {
            return false;
        }
        // One statement per URL would cost an industry submission of 10,000 URLs 20,000 round trips: batched instead.
        // The upsert is what loading, changing and saving each item would do: a new item starts in the state machine's
        // first state, a known one counts one more report and keeps its state.
        List<ReportedUrl> urls = report.urls();
        Map<String, String> hostByCanonical = new LinkedHashMap<>();
        urls.forEach(url -> hostByCanonical.putIfAbsent(
                url.canonical().value(), url.canonical().host()));
        batches.batchUpdate(
                """
                insert into triage_url_item (id, organisation_id, canonical_url, host, state, report_count,
                                             first_reported_at, last_reported_at)
                values (:id, :organisationId, :canonical, :host, :firstState, 1, :at, :at)
                on conflict (organisation_id, canonical_url) do update
                set report_count = triage_url_item.report_count + 1,
                    last_reported_at = greatest(triage_url_item.last_reported_at, excluded.last_reported_at)""",
                hostByCanonical.entrySet().stream()
                        .map(canonical -> new MapSqlParameterSource()
                                .addValue("id", UUID.randomUUID())
                                .addValue("organisationId", report.organisationId())
                                .addValue("canonical", canonical.getKey())
                                .addValue("host", canonical.getValue())
                                .addValue("firstState", UrlItemState.FIRST.name())
                                .addValue("at", Timestamps.offset(report.receivedAt())))
                        .toArray(SqlParameterSource[]::new));
        batches.batchUpdate(
                """
                insert into triage_report_url (report_id, position, url_item_id, as_reported)
                select :reportId, :position, id, :asReported from triage_url_item
                where organisation_id = :organisationId and canonical_url = :canonical""",
                IntStream.range(0, urls.size())
                        .mapToObj(position -> new MapSqlParameterSource()
                                .addValue("reportId", report.reportId())
                                .addValue("position", position)
                                .addValue("asReported", urls.get(position).asReported())
                                .addValue("organisationId", report.organisationId())
                                .addValue(
                                        "canonical",
                                        urls.get(position).canonical().value()))
                        .toArray(SqlParameterSource[]::new));
        return true;
    }

    Optional<String> firstReportReferenceOf(UUID itemId) {
        return jdbc.sql("""
                select r.reference from triage_report r join triage_report_url ru on ru.report_id = r.report_id
                where ru.url_item_id = :id order by r.received_at limit 1""").param("id", itemId).query(String.class).optional();
    }

    /**
     * One page of the organisation's open reports. The URL counts are taken for the page's reports only, after the
     * page is cut from the queue's index, so that a long queue costs no more to page through than a short one.
     */
    List<QueueEntry> openReports(UUID organisationId, QueueQuery query) {
        return matching(
                        query,
                        organisationId,
                        """
                        select r.report_id, r.reference, r.category, r.channel, r.child_in_danger, r.reporter_is_child,
                               r.received_at, c.url_count, c.awaiting
                        from triage_report r
                        left join lateral (
                            select count(*) as url_count,
                                   count(*) filter (where i.state = :awaitingState) as awaiting
                            from triage_report_url ru join triage_url_item i on i.id = ru.url_item_id
                            where ru.report_id = r.report_id) c on true""",
                        " order by " + ORDER.get(query.order()) + " limit :limit offset :offset")
                .param("awaitingState", UrlItemState.AWAITING_ASSESSMENT.name())
                .param("limit", query.pageSize())
                .param("offset", query.offset())
                .query((rs, n) -> new QueueEntry(
                        rs.getObject("report_id", UUID.class),
                        rs.getString("reference"),
                        Category.valueOf(rs.getString("category")),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getBoolean("child_in_danger"),
                        rs.getBoolean("reporter_is_child"),
                        Timestamps.instant(rs, "received_at"),
                        rs.getInt("url_count"),
                        rs.getInt("awaiting")))
                .list();
    }

    /** How many open reports of the organisation the query matches, on all its pages. */
    long countOpenReports(UUID organisationId, QueueQuery query) {
        return matching(query, organisationId, "select count(*) from triage_report r", "")
                .query(Long.class)
                .single();
    }

    /** The open reports of one organisation, with each filter of the query added only when it is set. */
    private JdbcClient.StatementSpec matching(QueueQuery query, UUID organisationId, String select, String rest) {
        var where = new StringBuilder(" where r.organisation_id = :organisationId and r.closed_at is null");
        var params = new LinkedHashMap<String, Object>();
        params.put("organisationId", organisationId);
        if (query.category() != null) {
            where.append(" and r.category = :category");
            params.put("category", query.category().name());
        }
        if (query.channel() != null) {
            where.append(" and r.channel = :channel");
            params.put("channel", query.channel().name());
        }
        if (query.childInDangerOnly()) {
            where.append(" and r.child_in_danger");
        }
        return jdbc.sql(select + where + rest).params(params);
    }

    /** Each order ends on the report's id, so that a report never appears on two pages or on none. */
    private static final Map<QueueOrder, String> ORDER = Map.of(
            QueueOrder.PRIORITY, "r.child_in_danger desc, r.reporter_is_child desc, r.received_at asc, r.report_id",
            QueueOrder.OLDEST_FIRST, "r.received_at asc, r.report_id",
            QueueOrder.NEWEST_FIRST, "r.received_at desc, r.report_id");

    boolean isFiled(UUID reportId, UUID organisationId) {
        return jdbc.sql("select count(*) from triage_report where report_id = :id and organisation_id = :org")
                        .param("id", reportId)
                        .param("org", organisationId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    boolean isClosed(UUID reportId) {
        return jdbc.sql("select closed_at is not null from triage_report where report_id = :id")
                .param("id", reportId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void markClosed(UUID reportId, Instant at) {
        jdbc.sql("update triage_report set closed_at = :at where report_id = :id")
                .param("id", reportId)
                .param("at", Timestamps.offset(at))
                .update();
    }

    /** The report's URLs with their items, in one query: an industry submission holds up to 10,000. */
    List<TriagedReport.ReportedItem> itemsOfReport(UUID reportId) {
        return jdbc.sql(
                        ITEMS_WITH_CURRENT_ASSESSMENT.replace("select i.*", "select ru.as_reported, i.*")
                                + " join triage_report_url ru on ru.url_item_id = i.id where ru.report_id = :id order by ru.position")
                .param("id", reportId)
                .query((rs, n) -> new TriagedReport.ReportedItem(rs.getString("as_reported"), mapItem(rs, n)))
                .list();
    }

    /**
     * The outcome of each URL of a submission from the newest assessment made after the submission was received; an
     * earlier assessment, made for another report, is the hotline's and not the submitter's to see.
     */
    List<SubmissionOutcome> outcomesOfSubmission(UUID reportId) {
        return jdbc.sql("""
                select ru.as_reported, i.canonical_url, a.outcome
                from triage_report_url ru
                join triage_report r on r.report_id = ru.report_id
                join triage_url_item i on i.id = ru.url_item_id
                left join lateral (select outcome from triage_assessment
                                   where url_item_id = i.id and assessed_at > r.received_at
                                   order by assessed_at desc limit 1) a on true
                where ru.report_id = :id
                order by ru.position""")
                .param("id", reportId)
                .query((rs, n) -> {
                    String outcome = rs.getString("outcome");
                    return new SubmissionOutcome(
                            rs.getString("as_reported"),
                            rs.getString("canonical_url"),
                            outcome == null ? UrlItemState.AWAITING_ASSESSMENT : UrlItemState.ASSESSED,
                            outcome == null
                                    ? null
                                    : AssessmentOutcome.valueOf(outcome).code());
                })
                .list();
    }

    Optional<UrlItem> byId(UUID id) {
        return jdbc.sql(ITEMS_WITH_CURRENT_ASSESSMENT + " where i.id = :id")
                .param("id", id)
                .query(this::mapItem)
                .optional();
    }

    Optional<UUID> organisationOf(UUID itemId) {
        return jdbc.sql("select organisation_id from triage_url_item where id = :id")
                .param("id", itemId)
                .query(UUID.class)
                .optional();
    }

    List<UrlItem> byCanonicalUrl(UUID organisationId, String canonicalUrl) {
        return jdbc.sql(ITEMS_WITH_CURRENT_ASSESSMENT + " where i.organisation_id = :org and i.canonical_url = :url")
                .param("org", organisationId)
                .param("url", canonicalUrl)
                .query(this::mapItem)
                .list();
    }

    /** Loads an item to change it, locking its row, so that two assessments of one item are recorded one after the other. */
    Optional<UrlItem> forUpdate(UUID id) {
        return jdbc.sql(ITEMS_WITH_CURRENT_ASSESSMENT + " where i.id = :id for update of i")
                .param("id", id)
                .query(this::mapItem)
                .optional();
    }

    /** Saves an item the analyst just assessed: its new current assessment and the state the item moved to. */
    void saveAssessed(UrlItem item) {
        Assessment assessment = item.currentAssessment();
        jdbc.sql("""
                insert into triage_assessment (id, url_item_id, outcome, age_band, apparent_sex, site_type,
                                               hosting_country, hosting_address, note_encrypted, assessed_by, assessed_at)
                values (:id, :itemId, :outcome, :ageBand, :sex, :siteType, :country, :address, :note, :by, :at)""")
                .param("id", assessment.id())
                .param("itemId", item.id())
                .param("outcome", assessment.outcome().name())
                .param("ageBand", assessment.ageBand().name())
                .param("sex", assessment.apparentSex().name())
                .param("siteType", assessment.siteType().name())
                .param("country", assessment.hostingCountry())
                .param("address", assessment.hostingAddress())
                .param("note", cipher.encrypt(assessment.note(), NOTE.row(assessment.id())))
                .param("by", assessment.assessedBy())
                .param("at", Timestamps.offset(assessment.assessedAt()))
                .update();
        jdbc.sql("update triage_url_item set state = :state where id = :id")
                .param("state", item.state().name())
                .param("id", item.id())
                .update();
    }

    List<Assessment> assessmentsOf(UUID itemId) {
        return jdbc.sql("select * from triage_assessment where url_item_id = :id order by assessed_at desc")
                .param("id", itemId)
                .query((rs, n) -> mapAssessment(rs, ""))
                .list();
    }

    /** The open reports that contain the item, so their status can follow its assessment. */
    List<UUID> openReportsContaining(UUID itemId) {
        return jdbc.sql("""
                select distinct r.report_id from triage_report r join triage_report_url ru on ru.report_id = r.report_id
                where ru.url_item_id = :id and r.closed_at is null""").param("id", itemId).query(UUID.class).list();
    }

    /** The current outcome of each URL item of a report; null for an item not yet assessed. */
    List<AssessmentOutcome> currentOutcomesOf(UUID reportId) {
        return jdbc.sql("""
                select (select a.outcome from triage_assessment a where a.url_item_id = ru.url_item_id
                        order by a.assessed_at desc limit 1) as outcome
                from triage_report_url ru where ru.report_id = :id""")
                .param("id", reportId)
                .query((rs, n) -> rs.getString(1) == null ? null : AssessmentOutcome.valueOf(rs.getString(1)))
                .list();
    }

    private UrlItem mapItem(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new UrlItem(
                id,
                rs.getString("canonical_url"),
                rs.getString("host"),
                UrlItemState.valueOf(rs.getString("state")),
                rs.getInt("report_count"),
                Timestamps.instant(rs, "first_reported_at"),
                Timestamps.instant(rs, "last_reported_at"),
                rs.getObject("a_id") == null ? null : mapAssessment(rs, "a_"));
    }

    private Assessment mapAssessment(ResultSet rs, String prefix) throws SQLException {
        return new Assessment(
                rs.getObject(prefix + "id", UUID.class),
                rs.getObject(prefix + "url_item_id", UUID.class),
                AssessmentOutcome.valueOf(rs.getString(prefix + "outcome")),
                Labels.AgeBand.valueOf(rs.getString(prefix + "age_band")),
                Labels.ApparentSex.valueOf(rs.getString(prefix + "apparent_sex")),
                Labels.SiteType.valueOf(rs.getString(prefix + "site_type")),
                rs.getString(prefix + "hosting_country"),
                rs.getString(prefix + "hosting_address"),
                cipher.decrypt(rs.getString(prefix + "note_encrypted"), NOTE.row(rs.getObject(prefix + "id"))),
                rs.getString(prefix + "assessed_by"),
                Timestamps.instant(rs, prefix + "assessed_at"));
    }

    /** Items with their newest assessment joined in, so that reading many items costs one query. */
    private static final String ITEMS_WITH_CURRENT_ASSESSMENT = """
            select i.*, a.id as a_id, a.url_item_id as a_url_item_id, a.outcome as a_outcome,
                   a.age_band as a_age_band, a.apparent_sex as a_apparent_sex, a.site_type as a_site_type,
                   a.hosting_country as a_hosting_country, a.hosting_address as a_hosting_address, a.note_encrypted as a_note_encrypted,
                   a.assessed_by as a_assessed_by, a.assessed_at as a_assessed_at
            from triage_url_item i
            left join lateral (select * from triage_assessment where url_item_id = i.id
                               order by assessed_at desc limit 1) a on true""";
}
