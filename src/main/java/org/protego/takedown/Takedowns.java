package org.protego.takedown;

import static org.protego.shared.Timestamps.instant;
import static org.protego.shared.Timestamps.nullableInstant;
import static org.protego.shared.Timestamps.offset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Takedown items with their notices and re-checks, loaded and saved whole. The item decides its state; nothing here
 * does.
 */
@Repository
class Takedowns {

    private static final List<String> OPEN_STATES = Arrays.stream(TakedownState.values())
            .filter(TakedownState::isOpen)
            .map(Enum::name)
            .toList();

    private final JdbcClient jdbc;

    Takedowns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a takedown just opened. An item assessed illegal again keeps its takedown as it stands, with the hosting
     * country of the new assessment: one statement, so that two assessments handled at once neither fail on the
     * primary key nor lose the newer country.
     */
    void open(TakedownItem opened) {
        jdbc.sql("""
                insert into takedown_item (url_item_id, organisation_id, canonical_url, host, hosting_country, state,
                                           ladder_step, first_reported_at, assessed_at)
                values (:id, :org, :url, :host, :country, :state, :step, :reported, :assessed)
                on conflict (url_item_id) do update set hosting_country = excluded.hosting_country""")
                .param("id", opened.urlItemId())
                .param("org", opened.organisationId())
                .param("url", opened.canonicalUrl())
                .param("host", opened.host())
                .param("country", opened.hostingCountry())
                .param("state", opened.state().name())
                .param("step", opened.ladderStep())
                .param("reported", offset(opened.firstReportedAt()))
                .param("assessed", offset(opened.assessedAt()))
                .update();
    }

    /** Removes a takedown the item itself allowed to drop, with the re-checks recorded while it waited. */
    void drop(TakedownItem item) {
        jdbc.sql("delete from takedown_recheck where url_item_id = :id")
                .param("id", item.urlItemId())
                .update();
        jdbc.sql("delete from takedown_item where url_item_id = :id")
                .param("id", item.urlItemId())
                .update();
    }

    Optional<TakedownItem> item(UUID itemId) {
        return jdbc.sql("select * from takedown_item where url_item_id = :id")
                .param("id", itemId)
                .query(this::itemFrom)
                .optional();
    }

    /** The item, locked until the transaction ends, so that two changes to it happen one after the other. */
    Optional<TakedownItem> itemForUpdate(UUID itemId) {
        return jdbc.sql("select * from takedown_item where url_item_id = :id for update")
                .param("id", itemId)
                .query(this::itemFrom)
                .optional();
    }

    List<TakedownItem> openItems(UUID organisationId) {
        return jdbc.sql("""
                select * from takedown_item where organisation_id = :org and state in (:open)
                order by assessed_at limit 500""")
                .param("org", organisationId)
                .param("open", OPEN_STATES)
                .query(this::itemFrom)
                .list();
    }

    /**
     * The items whose next rung may be due, for the item itself to decide under lock. The state is written out so
     * that the statement matches the partial index {@code takedown_item_due}: the check then reads only items with a
     * notice out instead of every takedown ever opened, every few minutes.
     */
    List<UUID> dueForEscalation(Instant now) {
        return jdbc.sql("""
                select url_item_id from takedown_item
                where state = 'NOTICE_SENT' and next_step_due_at <= :now order by next_step_due_at""").param("now", offset(now)).query(UUID.class).list();
    }

    /** The URL item a notice is about. */
    Optional<UUID> itemOfNotice(UUID noticeId) {
        return jdbc.sql("select url_item_id from takedown_notice where id = :id")
                .param("id", noticeId)
                .query(UUID.class)
                .optional();
    }

    Optional<Notice> notice(UUID noticeId) {
        return jdbc.sql("select * from takedown_notice where id = :id")
                .param("id", noticeId)
                .query(Takedowns::noticeFrom)
                .optional();
    }

    /**
     * Saves the item as its last move left it: its own row, its notices and its re-checks. A notice's delivery is left
     * alone, since it is recorded after the commit, outside the item's lock ({@link #saveDelivery}).
     */
    void save(TakedownItem item) {
        jdbc.sql("""
                update takedown_item set state = :state, ladder_step = :step, provider_id = :provider,
                       next_step_due_at = :due, first_notice_at = :firstNotice, removed_at = :removed
                where url_item_id = :id""")
                .param("state", item.state().name())
                .param("step", item.ladderStep())
                .param("provider", item.providerId())
                .param("due", offset(item.nextStepDueAt()))
                .param("firstNotice", offset(item.firstNoticeAt()))
                .param("removed", offset(item.removedAt()))
                .param("id", item.urlItemId())
                .update();
        item.notices().forEach(this::saveNotice);
        item.rechecks().forEach(recheck -> saveRecheck(item, recheck));
    }

    private void saveNotice(Notice notice) {
        jdbc.sql("""
                insert into takedown_notice (id, url_item_id, step, recipient_kind, recipient_name, recipient_contact,
                                             language, subject, body, sent_by, sent_at, acknowledged_at, delivery)
                values (:id, :item, :step, :kind, :name, :contact, :language, :subject, :body, :by, :at,
                        :acknowledged, :delivery)
                on conflict (id) do update set acknowledged_at = excluded.acknowledged_at""")
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
                .param("at", offset(notice.sentAt()))
                .param("acknowledged", offset(notice.acknowledgedAt()))
                .param("delivery", notice.delivery().name())
                .update();
    }

    private void saveRecheck(TakedownItem item, TakedownItem.Recheck recheck) {
        jdbc.sql("""
                insert into takedown_recheck (id, url_item_id, still_available, checked_by, checked_at)
                values (:id, :item, :available, :by, :at)
                on conflict (id) do nothing""")
                .param("id", recheck.id())
                .param("item", item.urlItemId())
                .param("available", recheck.stillAvailable())
                .param("by", recheck.checkedBy())
                .param("at", offset(recheck.checkedAt()))
                .update();
    }

    /** Records how a notice left Protego, once it did. */
    void saveDelivery(Notice notice) {
        jdbc.sql("update takedown_notice set delivery = :delivery, delivered_at = :at where id = :id")
                .param("delivery", notice.delivery().name())
                .param("at", offset(notice.deliveredAt()))
                .param("id", notice.id())
                .update();
    }

    private TakedownItem itemFrom(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("url_item_id", UUID.class);
        return new TakedownItem(
                id,
                rs.getObject("organisation_id", UUID.class),
                rs.getString("canonical_url"),
                rs.getString("host"),
                rs.getString("hosting_country"),
                rs.getObject("provider_id", UUID.class),
                TakedownState.valueOf(rs.getString("state")),
                rs.getInt("ladder_step"),
                nullableInstant(rs, "next_step_due_at"),
                instant(rs, "first_reported_at"),
                instant(rs, "assessed_at"),
                nullableInstant(rs, "first_notice_at"),
                nullableInstant(rs, "removed_at"),
                notices(id),
                rechecks(id));
    }

    private List<Notice> notices(UUID itemId) {
        return jdbc.sql("select * from takedown_notice where url_item_id = :id order by sent_at, step")
                .param("id", itemId)
                .query(Takedowns::noticeFrom)
                .list();
    }

    private List<TakedownItem.Recheck> rechecks(UUID itemId) {
        return jdbc.sql("select * from takedown_recheck where url_item_id = :id order by checked_at")
                .param("id", itemId)
                .query(Takedowns::recheckFrom)
                .list();
    }

    private static Notice noticeFrom(ResultSet rs, int row) throws SQLException {
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
                nullableInstant(rs, "acknowledged_at"),
                Notice.Delivery.valueOf(rs.getString("delivery")),
                nullableInstant(rs, "delivered_at"));
    }

    private static TakedownItem.Recheck recheckFrom(ResultSet rs, int row) throws SQLException {
        return new TakedownItem.Recheck(
                rs.getObject("id", UUID.class),
                rs.getBoolean("still_available"),
                rs.getString("checked_by"),
                instant(rs, "checked_at"));
    }
}
