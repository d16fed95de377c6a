package org.protego.blocklist;

import static org.protego.shared.Timestamps.instant;
import static org.protego.shared.Timestamps.nullableInstant;
import static org.protego.shared.Timestamps.offset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Block list entries as stored. One entry is loaded, changed by its own rules and saved; an entry loaded to be changed
 * is locked until the transaction ends, so that a publication and a listener never overwrite each other. The lists
 * and deltas of versions are read straight from the version columns.
 */
@Repository
class Entries {

    private static final int STREAMING_FETCH_SIZE = 10_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    Entries(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbcTemplate.getDataSource());
        this.streaming.setFetchSize(STREAMING_FETCH_SIZE);
    }

    /**
     * Stores a requested entry unless an entry of its kind and expression is live; returns it stored, or empty when
     * the live one is there. The unique index {@code blocklist_entry_one_live_listing} (V23) names the live states,
     * as {@link EntryState#live()} does; a front page's URL entry and its domain's entry live side by side.
     */
    Optional<BlocklistEntry> addUnlessLive(BlocklistEntry requested) {
        return jdbc.sql("""
                        insert into blocklist_entry (kind, url_item_id, expression, domain, digest, state,
                                                     requested_by, requested_at)
                        values (:kind, :item, :expression, :domain, :digest, :state, :by, :at)
                        on conflict (kind, expression) where state in ('PENDING_ADDITION', 'LISTED', 'PENDING_REMOVAL')
                        do nothing
                        returning id""")
                .param("kind", requested.kind().name())
                .param("item", requested.urlItemId())
                .param("expression", requested.expression())
                .param("domain", requested.domain())
                .param("digest", requested.digest())
                .param("state", requested.state().name())
                .param("by", requested.requestedBy())
                .param("at", offset(requested.requestedAt()))
                .query(Long.class)
                .optional()
                .map(requested::withId);
    }

    /** The live entry of a kind and expression, locked to be changed. */
    Optional<BlocklistEntry> liveEntryToChange(EntryKind kind, String expression) {
        return jdbc.sql("""
                        select * from blocklist_entry
                        where kind = :kind and expression = :expression and state in (:live)
                        for update""")
                .param("kind", kind.name())
                .param("expression", expression)
                .param("live", names(EntryState.live()))
                .query(Entries::entryFrom)
                .optional();
    }

    /** An entry, locked to be changed. */
    Optional<BlocklistEntry> entryToChange(long id) {
        return jdbc.sql("select * from blocklist_entry where id = :id for update")
                .param("id", id)
                .query(Entries::entryFrom)
                .optional();
    }

    /** An item's live entries, locked to be changed. */
    List<BlocklistEntry> liveEntriesOfItemToChange(UUID urlItemId) {
        return jdbc.sql("""
                        select * from blocklist_entry where url_item_id = :item and state in (:live)
                        order by id for update""")
                .param("item", urlItemId)
                .param("live", names(EntryState.live()))
                .query(Entries::entryFrom)
                .list();
    }

    /** Writes what an entry's own transitions change. */
    void save(BlocklistEntry entry) {
        jdbc.sql("""
                        update blocklist_entry
                        set state = :state, held_in_version = :held, removal_requested_at = :removalRequestedAt,
                            added_in_version = :added, removed_in_version = :removed
                        where id = :id""")
                .param("id", entry.id())
                .param("state", entry.state().name())
                .param("held", entry.heldInVersion(), Types.BIGINT)
                .param("removalRequestedAt", offset(entry.removalRequestedAt()))
                .param("added", entry.addedInVersion(), Types.BIGINT)
                .param("removed", entry.removedInVersion(), Types.BIGINT)
                .update();
    }

    Optional<BlocklistEntry> entry(long id) {
        return jdbc.sql("select * from blocklist_entry where id = :id")
                .param("id", id)
                .query(Entries::entryFrom)
                .optional();
    }

    List<BlocklistEntry> entriesOfItem(UUID urlItemId) {
        return jdbc.sql("select * from blocklist_entry where url_item_id = :item order by id")
                .param("item", urlItemId)
                .query(Entries::entryFrom)
                .list();
    }

    /**
     * The additions waiting for the next version, or those of a held version. Only what the safety rules look at is
     * read: at a first publication these are a million rows.
     */
    List<ListSafety.Addition> pendingAdditions(Long heldVersion) {
        return jdbc.sql("""
                        select id, kind, expression, domain from blocklist_entry
                        where state = :waiting and held_in_version is not distinct from :held""")
                .param("waiting", EntryState.PENDING_ADDITION.name())
                .param("held", heldVersion, Types.BIGINT)
                .query((rs, n) -> {
                    EntryKind kind = EntryKind.valueOf(rs.getString("kind"));
                    String expression = rs.getString("expression");
                    int slash = expression.indexOf('/');
                    String host = kind == EntryKind.DOMAIN
                            ? rs.getString("domain")
                            : slash < 0 ? expression : expression.substring(0, slash);
                    return new ListSafety.Addition(rs.getLong("id"), kind, host == null ? "" : host, expression);
                })
                .list();
    }

    record ListedDomain(long id, String domain) {}

    List<ListedDomain> listedDomains() {
        return jdbc.sql("select id, domain from blocklist_entry where kind = :kind and state = :listed")
                .param("kind", EntryKind.DOMAIN.name())
                .param("listed", EntryState.LISTED.name())
                .query((rs, n) -> new ListedDomain(rs.getLong("id"), rs.getString("domain")))
                .list();
    }

    int pendingRemovalCount() {
        return jdbc.sql("select count(*) from blocklist_entry where state = :leaving and held_in_version is null")
                .param("leaving", EntryState.PENDING_REMOVAL.name())
                .query(Integer.class)
                .single();
    }

    /** Who requested the additions a held version holds: none of them may approve it. */
    List<String> requestersOfHeldAdditions(long version) {
        return jdbc.sql("""
                        select distinct requested_by from blocklist_entry
                        where held_in_version = :v and state = :waiting""")
                .param("v", version)
                .param("waiting", EntryState.PENDING_ADDITION.name())
                .query(String.class)
                .list();
    }

    // The three statements below change every waiting entry of a version at once, and stay set-based on purpose: a
    // first publication moves a million rows, which one statement does in about 20 seconds, while loading and saving
    // each entry would take many minutes (docs/BENCHMARKS.md, bench-blocklist). The state each entry moves to is
    // still EntryState's rule, passed in as a value; SQL only applies it to the set.

    /** Marks every change waiting for the next version as held in a version, so later changes wait for the next. */
    void holdPendingChanges(long version) {
        jdbc.sql("""
                        update blocklist_entry set held_in_version = :v
                        where state in (:waiting) and held_in_version is null""")
                .param("v", version)
                .param("waiting", names(EntryState.waitingForAVersion()))
                .update();
    }

    /**
     * Publishes the changes waiting for the next version ({@code heldVersion} null) or held in a version as part of
     * {@code version}, each entry moving to {@link EntryState#whenPublished()}; returns additions and removals.
     */
    int[] publishChanges(long version, Long heldVersion) {
        EntryState addition = EntryState.PENDING_ADDITION;
        EntryState removal = EntryState.PENDING_REMOVAL;
        int added = jdbc.sql("""
                        update blocklist_entry set state = :to, added_in_version = :v, held_in_version = null
                        where state = :from and held_in_version is not distinct from :held""")
                .param("from", addition.name())
                .param("to", addition.whenPublished().name())
                .param("v", version)
                .param("held", heldVersion, Types.BIGINT)
                .update();
        int removed = jdbc.sql("""
                        update blocklist_entry set state = :to, removed_in_version = :v, held_in_version = null
                        where state = :from and held_in_version is not distinct from :held""")
                .param("from", removal.name())
                .param("to", removal.whenPublished().name())
                .param("v", version)
                .param("held", heldVersion, Types.BIGINT)
                .update();
        return new int[] {added, removed};
    }

    /** Lets the changes of a rejected version go, each entry moving to {@link EntryState#whenVersionRejected()}. */
    void releaseRejected(long version) {
        for (EntryState waiting : EntryState.waitingForAVersion()) {
            jdbc.sql("""
                            update blocklist_entry set state = :to, held_in_version = null
                            where state = :from and held_in_version = :v""")
                    .param("from", waiting.name())
                    .param("to", waiting.whenVersionRejected().name())
                    .param("v", version)
                    .update();
        }
        // Rows that left a held version's change behind in earlier releases, such as an entry listed again.
        jdbc.sql("update blocklist_entry set held_in_version = null where held_in_version = :v")
                .param("v", version)
                .update();
    }

    int sizeAt(long version) {
        return jdbc.sql("""
                        select count(distinct digest) from blocklist_entry
                        where added_in_version <= :v and (removed_in_version is null or removed_in_version > :v)""").param("v", version).query(Integer.class).single();
    }

    /**
     * Streams the digests listed in a version, sorted, so that every reader produces the same bytes; a URL entry and
     * a domain entry with the same expression give one line.
     */
    void forEachDigestAt(long version, Consumer<String> digest) {
        streaming.query(
                """
                select distinct digest from blocklist_entry
                where added_in_version <= ? and (removed_in_version is null or removed_in_version > ?)
                order by digest""",
                rs -> {
                    digest.accept(rs.getString(1));
                },
                version,
                version);
    }

    List<String> domainsAt(long version) {
        return jdbc.sql("""
                        select domain from blocklist_entry where kind = 'DOMAIN'
                        and added_in_version <= :v and (removed_in_version is null or removed_in_version > :v)
                        order by domain""").param("v", version).query(String.class).list();
    }

    /**
     * Digests (or domains) in version {@code to} and not in {@code from}, or the reverse. Rows changed in between are
     * the candidates; one still listed through another row, such as a front page's URL entry next to its domain's
     * entry, did not change.
     */
    List<String> changedBetween(long from, long to, boolean additions, boolean domains) {
        String value = domains ? "domain" : "digest";
        String kind = domains ? " and c.kind = 'DOMAIN'" : "";
        String changed = additions
                ? "c.added_in_version > :from and c.added_in_version <= :to "
                        + "and (c.removed_in_version is null or c.removed_in_version > :to)"
                : "c.removed_in_version > :from and c.removed_in_version <= :to and c.added_in_version <= :from";
        String other = additions ? ":from" : ":to";
        String listedInOther = "o." + value + " = c." + value + (domains ? " and o.kind = 'DOMAIN'" : "")
                + " and o.added_in_version <= " + other
                + " and (o.removed_in_version is null or o.removed_in_version > " + other + ")";
        return jdbc.sql("select distinct c." + value + " from blocklist_entry c where " + changed + kind
                        + " and not exists (select 1 from blocklist_entry o where " + listedInOther + ") order by 1")
                .param("from", from)
                .param("to", to)
                .query(String.class)
                .list();
    }

    private static List<String> names(Set<EntryState> states) {
        return states.stream().map(EntryState::name).toList();
    }

    private static BlocklistEntry entryFrom(ResultSet rs, int row) throws SQLException {
        return new BlocklistEntry(
                rs.getLong("id"),
                EntryKind.valueOf(rs.getString("kind")),
                rs.getObject("url_item_id", UUID.class),
                rs.getString("expression"),
                rs.getString("domain"),
                rs.getString("digest"),
                EntryState.valueOf(rs.getString("state")),
                rs.getObject("added_in_version", Long.class),
                rs.getObject("removed_in_version", Long.class),
                rs.getString("requested_by"),
                instant(rs, "requested_at"),
                rs.getObject("held_in_version", Long.class),
                nullableInstant(rs, "removal_requested_at"));
    }
}
