package org.protego.takedown;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Takedown items, notices, re-checks and the provider and partner directory, as stored. */
@Repository
class Takedowns {

    private final JdbcClient jdbc;

    Takedowns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ItemRow(
            UUID urlItemId,
            UUID organisationId,
            String canonicalUrl,
            String host,
            String hostingCountry,
            UUID providerId,
            TakedownState state,
            int ladderStep,
            Instant nextStepDueAt,
            Instant firstReportedAt,
            Instant assessedAt,
            Instant firstNoticeAt,
            Instant removedAt) {}

    void open(
            UUID itemId,
            UUID organisationId,
            String canonicalUrl,
            String host,
            String hostingCountry,
            Instant firstReportedAt,
            Instant assessedAt) {
        jdbc.sql("""
                insert into takedown_item (url_item_id, organisation_id, canonical_url, host, hosting_country, state,
                                           first_reported_at, assessed_at)
                values (:id, :org, :url, :host, :country, 'AWAITING_NOTICE', :reported, :assessed)
                on conflict (url_item_id) do update set hosting_country = excluded.hosting_country""")
                .param("id", itemId)
                .param("org", organisationId)
                .param("url", canonicalUrl)
                .param("host", host)
                .param("country", hostingCountry)
                .param("reported", Timestamp.from(firstReportedAt))
                .param("assessed", Timestamp.from(assessedAt))
                .update();
    }

    void dropIfNoNoticeSent(UUID itemId) {
        jdbc.sql("delete from takedown_item where url_item_id = :id and state = 'AWAITING_NOTICE'")
                .param("id", itemId)
                .update();
    }

    Optional<ItemRow> item(UUID itemId) {
        return jdbc.sql("select * from takedown_item where url_item_id = :id")
                .param("id", itemId)
                .query(Takedowns::mapItem)
                .optional();
    }

    Optional<ItemRow> itemForUpdate(UUID itemId) {
        return jdbc.sql("select * from takedown_item where url_item_id = :id for update")
                .param("id", itemId)
                .query(Takedowns::mapItem)
                .optional();
    }

    List<ItemRow> openItems(UUID organisationId) {
        return jdbc.sql("""
                select * from takedown_item where organisation_id = :org and state <> 'REMOVED'
                order by assessed_at limit 500""")
                .param("org", organisationId)
                .query(Takedowns::mapItem)
                .list();
    }

    List<UUID> dueForEscalation(Instant now) {
        return jdbc.sql("""
                select url_item_id from takedown_item
                where state = 'NOTICE_SENT' and next_step_due_at <= :now order by next_step_due_at""").param("now", Timestamp.from(now)).query(UUID.class).list();
    }

    void recordNotice(Notice notice, UUID providerId, Instant nextStepDueAt) {
        jdbc.sql("""
                insert into takedown_notice (id, url_item_id, step, recipient_kind, recipient_name, recipient_contact,
                                             language, subject, body, sent_by, sent_at)
                values (:id, :item, :step, :kind, :name, :contact, :language, :subject, :body, :by, :at)""")
                .param("id", notice.id())
                .param("item", notice.urlItemId())
                .param("step", notice.step())
                .param("kind", notice.recipientKind().name())
                .param("name", notice.recipientName())
                .param("contact", notice.recipientContact())
                .param("language", notice.language())
                .param("subject", notice.subject())
                .param("body", notice.body())
                .param("by", notice.sentBy())
                .param("at", Timestamp.from(notice.sentAt()))
                .update();
        jdbc.sql("""
                update takedown_item set state = 'NOTICE_SENT', ladder_step = :step,
                       provider_id = coalesce(:provider, provider_id),
                       next_step_due_at = :due, first_notice_at = coalesce(first_notice_at, :at)
                where url_item_id = :item""")
                .param("step", notice.step())
                .param("provider", providerId)
                .param("due", nextStepDueAt == null ? null : Timestamp.from(nextStepDueAt))
                .param("at", Timestamp.from(notice.sentAt()))
                .param("item", notice.urlItemId())
                .update();
    }

    void stopEscalation(UUID itemId) {
        jdbc.sql("update takedown_item set next_step_due_at = null where url_item_id = :id")
                .param("id", itemId)
                .update();
    }

    List<Notice> notices(UUID itemId) {
        return jdbc.sql("select * from takedown_notice where url_item_id = :id order by sent_at, step")
                .param("id", itemId)
                .query(Takedowns::mapNotice)
                .list();
    }

    Optional<Notice> notice(UUID noticeId) {
        return jdbc.sql("select * from takedown_notice where id = :id")
                .param("id", noticeId)
                .query(Takedowns::mapNotice)
                .optional();
    }

    boolean acknowledge(UUID noticeId, Instant at) {
        return jdbc.sql("update takedown_notice set acknowledged_at = :at where id = :id and acknowledged_at is null")
                        .param("id", noticeId)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    void recordRecheck(UUID itemId, boolean stillAvailable, String by, Instant at) {
        jdbc.sql("""
                insert into takedown_recheck (id, url_item_id, still_available, checked_by, checked_at)
                values (:id, :item, :available, :by, :at)""")
                .param("id", UUID.randomUUID())
                .param("item", itemId)
                .param("available", stillAvailable)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    List<TakedownItem.Recheck> rechecks(UUID itemId) {
        return jdbc.sql("select still_available, checked_by, checked_at from takedown_recheck where url_item_id = :id "
                        + "order by checked_at")
                .param("id", itemId)
                .query((rs, n) -> new TakedownItem.Recheck(
                        rs.getBoolean(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    void markRemoved(UUID itemId, Instant at) {
        jdbc.sql("update takedown_item set state = 'REMOVED', removed_at = :at, next_step_due_at = null "
                        + "where url_item_id = :id")
                .param("id", itemId)
                .param("at", Timestamp.from(at))
                .update();
    }

    void insertProvider(Provider provider, Instant now) {
        jdbc.sql("""
                insert into takedown_provider (id, name, abuse_contact, country, language, upstream_id, organisation_id,
                                               created_at)
                values (:id, :name, :contact, :country, :language, :upstream, :org, :now)""")
                .param("id", provider.id())
                .param("name", provider.name())
                .param("contact", provider.abuseContact())
                .param("country", provider.country())
                .param("language", provider.language())
                .param("upstream", provider.upstreamId())
                .param("org", provider.organisationId())
                .param("now", Timestamp.from(now))
                .update();
    }

    List<Provider> providers() {
        return jdbc.sql("select * from takedown_provider order by country, name")
                .query(Takedowns::mapProvider)
                .list();
    }

    Optional<Provider> provider(UUID id) {
        return id == null
                ? Optional.empty()
                : jdbc.sql("select * from takedown_provider where id = :id")
                        .param("id", id)
                        .query(Takedowns::mapProvider)
                        .optional();
    }

    void insertPartner(Partner partner, Instant now) {
        jdbc.sql("""
                insert into takedown_partner (id, kind, name, contact, country, language, organisation_id,
                                              recipient_for_country, created_at)
                values (:id, :kind, :name, :contact, :country, :language, :org, :recipient, :now)""")
                .param("id", partner.id())
                .param("kind", partner.kind().name())
                .param("name", partner.name())
                .param("contact", partner.contact())
                .param("country", partner.country())
                .param("language", partner.language())
                .param("org", partner.organisationId())
                .param("recipient", partner.recipientForCountry())
                .param("now", Timestamp.from(now))
                .update();
    }

    List<Partner> partners() {
        return jdbc.sql("select * from takedown_partner order by country, kind, name")
                .query(Takedowns::mapPartner)
                .list();
    }

    Optional<Partner> partner(UUID id) {
        return jdbc.sql("select * from takedown_partner where id = :id")
                .param("id", id)
                .query(Takedowns::mapPartner)
                .optional();
    }

    /**
     * Serialises changes to who is the recipient for one organisation, country and kind until the transaction ends, so
     * that two analysts marking at once leave one marked rather than failing on the unique index.
     */
    void lockRecipientChoice(UUID organisationId, String country, RecipientKind kind) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "takedown-recipient|" + organisationId + "|" + country + "|" + kind.name())
                .query()
                .listOfRows();
    }

    /** Makes the partner its organisation's recipient for its country and kind, and no other partner. */
    void markRecipient(Partner partner) {
        jdbc.sql("""
                update takedown_partner set recipient_for_country = false
                where organisation_id = :org and country = :country and kind = :kind and recipient_for_country""")
                .param("org", partner.organisationId())
                .param("country", partner.country())
                .param("kind", partner.kind().name())
                .update();
        jdbc.sql("update takedown_partner set recipient_for_country = true where id = :id")
                .param("id", partner.id())
                .update();
    }

    void unmarkRecipient(UUID partnerId) {
        jdbc.sql("update takedown_partner set recipient_for_country = false where id = :id")
                .param("id", partnerId)
                .update();
    }

    /** The partner an organisation marked as its recipient of notices of a kind for a country, if any. */
    Optional<Partner> recipientFor(UUID organisationId, String country, RecipientKind kind) {
        return country == null
                ? Optional.empty()
                : jdbc.sql("""
                        select * from takedown_partner
                        where organisation_id = :org and country = :country and kind = :kind and recipient_for_country""")
                        .param("org", organisationId)
                        .param("country", country)
                        .param("kind", kind.name())
                        .query(Takedowns::mapPartner)
                        .optional();
    }

    private static ItemRow mapItem(ResultSet rs, int row) throws SQLException {
        return new ItemRow(
                rs.getObject("url_item_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("canonical_url"),
                rs.getString("host"),
                rs.getString("hosting_country"),
                rs.getObject("provider_id", UUID.class),
                TakedownState.valueOf(rs.getString("state")),
                rs.getInt("ladder_step"),
                instant(rs, "next_step_due_at"),
                instant(rs, "first_reported_at"),
                instant(rs, "assessed_at"),
                instant(rs, "first_notice_at"),
                instant(rs, "removed_at"));
    }

    private static Notice mapNotice(ResultSet rs, int row) throws SQLException {
        return new Notice(
                rs.getObject("id", UUID.class),
                rs.getObject("url_item_id", UUID.class),
                rs.getInt("step"),
                RecipientKind.valueOf(rs.getString("recipient_kind")),
                rs.getString("recipient_name"),
                rs.getString("recipient_contact"),
                rs.getString("language"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("sent_by"),
                instant(rs, "sent_at"),
                instant(rs, "acknowledged_at"),
                rs.getString("delivery"),
                instant(rs, "delivered_at"));
    }

    private static Provider mapProvider(ResultSet rs, int row) throws SQLException {
        return new Provider(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("abuse_contact"),
                rs.getString("country"),
                rs.getString("language"),
                rs.getObject("upstream_id", UUID.class),
                rs.getObject("organisation_id", UUID.class));
    }

    private static Partner mapPartner(ResultSet rs, int row) throws SQLException {
        return new Partner(
                rs.getObject("id", UUID.class),
                RecipientKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("contact"),
                rs.getString("country"),
                rs.getString("language"),
                rs.getObject("organisation_id", UUID.class),
                rs.getBoolean("recipient_for_country"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
