package org.protego.blocklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Block list entries, versions and appeals, as stored. */
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

    /** Requests a listing unless the expression is already listed or waiting; returns whether a row was added. */
    boolean requestAddition(
            EntryKind kind,
            UUID urlItemId,
            String expression,
            String domain,
            String digest,
            String requestedBy,
            Instant at) {
        // An expression withdrawn while pending may come back; a live one is never listed twice as the same kind. A
        // front page's URL entry and its domain's entry share an expression and live side by side.
        return jdbc.sql("""
                insert into blocklist_entry (kind, url_item_id, expression, domain, digest, state, requested_by,
                                             requested_at)
                values (:kind, :item, :expression, :domain, :digest, 'PENDING_ADDITION', :by, :at)
                on conflict (kind, expression) where state in ('PENDING_ADDITION', 'LISTED', 'PENDING_REMOVAL')
                do update set state = case when blocklist_entry.state = 'PENDING_REMOVAL' then 'LISTED'
                                           else blocklist_entry.state end,
                              removal_requested_at = null""")
                        .param("kind", kind.name())
                        .param("item", urlItemId)
                        .param("expression", expression)
                        .param("domain", domain)
                        .param("digest", digest)
                        .param("by", requestedBy)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Asks for a live entry to leave the list: a listed one at the next version, a pending one at once. */
    int requestRemoval(long entryId, Instant at) {
        int withdrawn = jdbc.sql("""
                update blocklist_entry set state = 'WITHDRAWN', removal_requested_at = :at
                where id = :id and state = 'PENDING_ADDITION' and held_in_version is null""")
                .param("id", entryId)
                .param("at", Timestamp.from(at))
                .update();
        int pending = jdbc.sql("""
                update blocklist_entry set state = 'PENDING_REMOVAL', removal_requested_at = :at
                where id = :id and state = 'LISTED'""")
                .param("id", entryId)
                .param("at", Timestamp.from(at))
                .update();
        return withdrawn + pending;
    }

    List<Long> liveEntriesOfItem(UUID urlItemId) {
        return jdbc.sql("""
                select id from blocklist_entry where url_item_id = :item
                and state in ('PENDING_ADDITION', 'LISTED', 'PENDING_REMOVAL')""").param("item", urlItemId).query(Long.class).list();
    }

    Optional<BlocklistEntry> entry(long id) {
        return jdbc.sql("select * from blocklist_entry where id = :id")
                .param("id", id)
                .query(Entries::mapEntry)
                .optional();
    }

    List<BlocklistEntry> entriesOfItem(UUID urlItemId) {
        return jdbc.sql("select * from blocklist_entry where url_item_id = :item order by id")
                .param("item", urlItemId)
                .query(Entries::mapEntry)
                .list();
    }

    /** The additions waiting for the next version, or those of a held version. */
    List<ListSafety.Addition> pendingAdditions(Long heldVersion) {
        String scope = heldVersion == null ? "held_in_version is null" : "held_in_version = :v";
        var query = jdbc.sql("select id, kind, expression, domain from blocklist_entry "
                + "where state = 'PENDING_ADDITION' and " + scope);
        if (heldVersion != null) {
            query = query.param("v", heldVersion);
        }
        return query.query((rs, n) -> {
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
        return jdbc.sql("select id, domain from blocklist_entry where kind = 'DOMAIN' and state = 'LISTED'")
                .query((rs, n) -> new ListedDomain(rs.getLong("id"), rs.getString("domain")))
                .list();
    }

    /**
     * Takes an entry the naming rules refuse off the list: a pending one is withdrawn, a listed one leaves with the
     * next version, or with the held version being approved when one is given.
     */
    void refuse(long entryId, Long heldVersion, Instant at) {
        jdbc.sql("""
                update blocklist_entry
                set state = case when state = 'LISTED' then 'PENDING_REMOVAL' else 'WITHDRAWN' end,
                    held_in_version = case when state = 'LISTED' then cast(:held as bigint) else null end,
                    removal_requested_at = :at
                where id = :id and state in ('PENDING_ADDITION', 'LISTED')""")
                .param("id", entryId)
                .param("held", heldVersion, Types.BIGINT)
                .param("at", Timestamp.from(at))
                .update();
    }

    record ItemDecision(Instant assessedAt, String refusal, String refusedHost) {}

    /**
     * Notes that the block list acts on an assessment, unless it already acted on a newer one of the same item;
     * returns whether this assessment is the newest it saw.
     */
    boolean recordDecision(UUID urlItemId, Instant assessedAt, Instant at) {
        return jdbc.sql("""
                        insert into blocklist_item_decision (url_item_id, assessed_at, decided_at)
                        values (:item, :assessed, :at)
                        on conflict (url_item_id) do update
                        set assessed_at = excluded.assessed_at, refusal = null, refused_host = null,
                            decided_at = excluded.decided_at
                        where blocklist_item_decision.assessed_at <= excluded.assessed_at""")
                        .param("item", urlItemId)
                        .param("assessed", Timestamp.from(assessedAt))
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    void recordRefusal(UUID urlItemId, ListingProblem refusal, String host) {
        jdbc.sql(
                        "update blocklist_item_decision set refusal = :refusal, refused_host = :host where url_item_id = :item")
                .param("item", urlItemId)
                .param("refusal", refusal.code())
                .param("host", host)
                .update();
    }

    /** When the block list began to keep its decisions; assessments before then were acted on without one. */
    Instant decisionsKeptSince() {
        return jdbc.sql("select min(since) from blocklist_item_decisions_kept_since")
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .orElse(Instant.EPOCH);
    }

    Optional<ItemDecision> decision(UUID urlItemId) {
        return jdbc.sql(
                        "select assessed_at, refusal, refused_host from blocklist_item_decision where url_item_id = :item")
                .param("item", urlItemId)
                .query((rs, n) -> new ItemDecision(
                        rs.getTimestamp("assessed_at").toInstant(),
                        rs.getString("refusal"),
                        rs.getString("refused_host")))
                .optional();
    }

    int pendingRemovalCount() {
        return jdbc.sql(
                        "select count(*) from blocklist_entry where state = 'PENDING_REMOVAL' and held_in_version is null")
                .query(Integer.class)
                .single();
    }

    long latestVersionNumber() {
        return jdbc.sql("select coalesce(max(version), 0) from blocklist_version")
                .query(Long.class)
                .single();
    }

    Optional<Long> latestPublished() {
        return jdbc.sql("select max(version) from blocklist_version where state = 'PUBLISHED'")
                .query((rs, n) -> rs.getObject(1) == null ? null : rs.getLong(1))
                .optional()
                .filter(version -> version != null);
    }

    Optional<ListVersion> heldVersion() {
        return jdbc.sql("select * from blocklist_version where state = 'HELD' order by version limit 1")
                .query(Entries::mapVersion)
                .optional();
    }

    /** Marks every pending change as part of a held version, so later changes wait for the version after it. */
    void holdPendingChanges(long version) {
        jdbc.sql("""
                update blocklist_entry set held_in_version = :v
                where state in ('PENDING_ADDITION', 'PENDING_REMOVAL') and held_in_version is null""").param("v", version).update();
    }

    /** Puts the pending changes (or those of a held version) into a version; returns additions and removals. */
    int[] applyChanges(long version, Long heldVersion) {
        String scope = heldVersion == null ? "held_in_version is null" : "held_in_version = " + heldVersion;
        int added = jdbc.sql(
                        "update blocklist_entry set state = 'LISTED', added_in_version = :v, held_in_version = null "
                                + "where state = 'PENDING_ADDITION' and " + scope)
                .param("v", version)
                .update();
        int removed = jdbc.sql("update blocklist_entry set state = 'REMOVED', removed_in_version = :v, "
                        + "held_in_version = null where state = 'PENDING_REMOVAL' and " + scope)
                .param("v", version)
                .update();
        return new int[] {added, removed};
    }

    /** Withdraws the additions of a rejected version; its removals wait for the next version. */
    void releaseRejected(long version) {
        jdbc.sql("update blocklist_entry set state = 'WITHDRAWN', held_in_version = null "
                        + "where state = 'PENDING_ADDITION' and held_in_version = :v")
                .param("v", version)
                .update();
        jdbc.sql("update blocklist_entry set held_in_version = null where held_in_version = :v")
                .param("v", version)
                .update();
    }

    List<String> requestersOfHeldAdditions(long version) {
        return jdbc.sql("select distinct requested_by from blocklist_entry "
                        + "where held_in_version = :v and state = 'PENDING_ADDITION'")
                .param("v", version)
                .query(String.class)
                .list();
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

    void insertVersion(ListVersion version) {
        jdbc.sql("""
                insert into blocklist_version (version, state, created_by, created_at, entries, added, removed,
                    held_reasons, hashed_urls_sha256, hashed_urls_signature, rpz_sha256, rpz_signature, manifest,
                    manifest_signature)
                values (:version, :state, :by, :at, :entries, :added, :removed, :reasons, :hashedSha, :hashedSig,
                    :rpzSha, :rpzSig, :manifest, :manifestSig)""")
                .param("version", version.version())
                .param("state", version.state().name())
                .param("by", version.createdBy())
                .param("at", Timestamp.from(version.createdAt()))
                .param("entries", version.entries())
                .param("added", version.added())
                .param("removed", version.removed())
                .param("reasons", version.heldReasons())
                .param("hashedSha", version.hashedUrlsSha256())
                .param("hashedSig", version.hashedUrlsSignature())
                .param("rpzSha", version.rpzSha256())
                .param("rpzSig", version.rpzSignature())
                .param("manifest", version.manifest())
                .param("manifestSig", version.manifestSignature())
                .update();
        insertHoldReasons(version.version(), version.holdReasons());
    }

    private void insertHoldReasons(long version, List<HoldReason> reasons) {
        for (int i = 0; i < reasons.size(); i++) {
            HoldReason reason = reasons.get(i);
            jdbc.sql("""
                    insert into blocklist_hold_reason (version, position, code, detail, expression, additions, cap)
                    values (:v, :position, :code, :detail, :expression, :additions, :cap)""")
                    .param("v", version)
                    .param("position", i)
                    .param("code", reason.code())
                    .param("detail", reason.detail())
                    .param("expression", reason.expression())
                    .param("additions", reason.additions(), Types.INTEGER)
                    .param("cap", reason.cap(), Types.INTEGER)
                    .update();
        }
    }

    /** The hold reasons of the versions from {@code lowest} on, by version, in the order they were found. */
    Map<Long, List<HoldReason>> holdReasonsFrom(long lowest) {
        Map<Long, List<HoldReason>> reasons = new HashMap<>();
        jdbc.sql("select * from blocklist_hold_reason where version >= :v order by version, position")
                .param("v", lowest)
                .query(rs -> {
                    reasons.computeIfAbsent(rs.getLong("version"), v -> new ArrayList<>())
                            .add(new HoldReason(
                                    rs.getString("code"),
                                    rs.getString("detail"),
                                    rs.getString("expression"),
                                    (Integer) rs.getObject("additions"),
                                    (Integer) rs.getObject("cap")));
                });
        return reasons;
    }

    void publishHeld(ListVersion version, String decidedBy, Instant at) {
        jdbc.sql("""
                update blocklist_version set state = 'PUBLISHED', entries = :entries, added = :added,
                    removed = :removed, decided_by = :by, decided_at = :at, hashed_urls_sha256 = :hashedSha,
                    hashed_urls_signature = :hashedSig, rpz_sha256 = :rpzSha, rpz_signature = :rpzSig,
                    manifest = :manifest, manifest_signature = :manifestSig
                where version = :version and state = 'HELD'""")
                .param("version", version.version())
                .param("entries", version.entries())
                .param("added", version.added())
                .param("removed", version.removed())
                .param("by", decidedBy)
                .param("at", Timestamp.from(at))
                .param("hashedSha", version.hashedUrlsSha256())
                .param("hashedSig", version.hashedUrlsSignature())
                .param("rpzSha", version.rpzSha256())
                .param("rpzSig", version.rpzSignature())
                .param("manifest", version.manifest())
                .param("manifestSig", version.manifestSignature())
                .update();
    }

    void rejectHeld(long version, String decidedBy, Instant at) {
        jdbc.sql("update blocklist_version set state = 'REJECTED', decided_by = :by, decided_at = :at "
                        + "where version = :v and state = 'HELD'")
                .param("v", version)
                .param("by", decidedBy)
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<ListVersion> version(long version) {
        return jdbc.sql("select * from blocklist_version where version = :v")
                .param("v", version)
                .query(Entries::mapVersion)
                .optional();
    }

    List<ListVersion> recentVersions(int limit) {
        return jdbc.sql("select * from blocklist_version order by version desc limit :limit")
                .param("limit", limit)
                .query(Entries::mapVersion)
                .list();
    }

    void insertAppeal(Appeal appeal) {
        jdbc.sql("""
                insert into blocklist_appeal (id, entry_id, appellant, grounds, state, recorded_by, recorded_at,
                    organisation_id)
                values (:id, :entry, :appellant, :grounds, 'OPEN', :by, :at, :organisation)""")
                .param("id", appeal.id())
                .param("entry", appeal.entryId())
                .param("appellant", appeal.appellant())
                .param("grounds", appeal.grounds())
                .param("by", appeal.recordedBy())
                .param("at", Timestamp.from(appeal.recordedAt()))
                .param("organisation", appeal.organisationId())
                .update();
    }

    Optional<Appeal> appeal(UUID id) {
        return jdbc.sql("select * from blocklist_appeal where id = :id")
                .param("id", id)
                .query(Entries::mapAppeal)
                .optional();
    }

    List<Appeal> appealsOf(UUID organisationId) {
        return jdbc.sql("select * from blocklist_appeal where organisation_id = :organisation "
                        + "order by recorded_at desc limit 200")
                .param("organisation", organisationId)
                .query(Entries::mapAppeal)
                .list();
    }

    /** Gives appeals recorded before appeals had owners to the organisation that owns the list. */
    int assignUnownedAppeals(UUID organisationId) {
        return jdbc.sql("update blocklist_appeal set organisation_id = :organisation where organisation_id is null")
                .param("organisation", organisationId)
                .update();
    }

    boolean decideAppeal(UUID id, boolean upheld, String decision, String by, Instant at) {
        return jdbc.sql("""
                update blocklist_appeal set state = :state, decision = :decision, decided_by = :by, decided_at = :at
                where id = :id and state = 'OPEN'""")
                        .param("id", id)
                        .param("state", upheld ? "UPHELD" : "DISMISSED")
                        .param("decision", decision)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    private static BlocklistEntry mapEntry(ResultSet rs, int row) throws SQLException {
        return new BlocklistEntry(
                rs.getLong("id"),
                EntryKind.valueOf(rs.getString("kind")),
                rs.getObject("url_item_id", UUID.class),
                rs.getString("expression"),
                rs.getString("domain"),
                rs.getString("digest"),
                EntryState.valueOf(rs.getString("state")),
                (Long) rs.getObject("added_in_version"),
                (Long) rs.getObject("removed_in_version"));
    }

    private static ListVersion mapVersion(ResultSet rs, int row) throws SQLException {
        return new ListVersion(
                rs.getLong("version"),
                VersionState.valueOf(rs.getString("state")),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("entries"),
                rs.getInt("added"),
                rs.getInt("removed"),
                rs.getString("held_reasons"),
                rs.getString("decided_by"),
                rs.getString("hashed_urls_sha256"),
                rs.getString("hashed_urls_signature"),
                rs.getString("rpz_sha256"),
                rs.getString("rpz_signature"),
                rs.getString("manifest"),
                rs.getString("manifest_signature"),
                List.of());
    }

    private static Appeal mapAppeal(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Appeal(
                rs.getObject("id", UUID.class),
                rs.getLong("entry_id"),
                rs.getString("appellant"),
                rs.getString("grounds"),
                rs.getString("state"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(),
                rs.getString("decision"),
                rs.getObject("organisation_id", UUID.class));
    }
}
