package org.protego.hashes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hash lists, licences, series, entries and their numbered changes, as stored. */
@Repository
class HashEntries {

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    HashEntries(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbcTemplate.getDataSource());
        this.streaming.setFetchSize(10_000);
    }

    record ListRow(UUID id, String name) {}

    record EntryRow(
            long id,
            UUID listId,
            String list,
            HashAlgorithm algorithm,
            String value,
            String classification,
            String series,
            String source,
            Instant addedAt,
            boolean live) {

        HashEntry view() {
            return new HashEntry(id, list, algorithm.code(), value, classification, series, source, addedAt);
        }
    }

    Optional<ListRow> list(String name) {
        return jdbc.sql("select id, name from hashes_list where name = :name")
                .param("name", name)
                .query((rs, n) -> new ListRow(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }

    List<ListRow> lists() {
        return jdbc.sql("select id, name from hashes_list order by name")
                .query((rs, n) -> new ListRow(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    ListRow ensureList(String name, Instant now) {
        jdbc.sql(
                        "insert into hashes_list (id, name, created_at) values (:id, :name, :now) on conflict (name) do nothing")
                .param("id", UUID.randomUUID())
                .param("name", name)
                .param("now", Timestamp.from(now))
                .update();
        return list(name).orElseThrow();
    }

    void license(UUID listId, UUID organisationId) {
        jdbc.sql("insert into hashes_licence (list_id, organisation_id) values (:list, :org) on conflict do nothing")
                .param("list", listId)
                .param("org", organisationId)
                .update();
    }

    void revokeLicence(UUID listId, UUID organisationId) {
        jdbc.sql("delete from hashes_licence where list_id = :list and organisation_id = :org")
                .param("list", listId)
                .param("org", organisationId)
                .update();
    }

    List<UUID> licensedLists(UUID organisationId) {
        return jdbc.sql("select list_id from hashes_licence where organisation_id = :org")
                .param("org", organisationId)
                .query(UUID.class)
                .list();
    }

    UUID ensureSeries(String name, String by, Instant now) {
        jdbc.sql("""
                insert into hashes_series (id, name, created_by, created_at) values (:id, :name, :by, :now)
                on conflict (name) do nothing""")
                .param("id", UUID.randomUUID())
                .param("name", name)
                .param("by", by)
                .param("now", Timestamp.from(now))
                .update();
        return jdbc.sql("select id from hashes_series where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    Optional<EntryRow> liveEntry(UUID listId, HashAlgorithm algorithm, String value) {
        return jdbc.sql(SELECT + " where e.list_id = :list and e.algorithm = :algorithm and e.value = :value "
                        + "and e.removed_at is null")
                .param("list", listId)
                .param("algorithm", algorithm.name())
                .param("value", value)
                .query(HashEntries::map)
                .optional();
    }

    Optional<EntryRow> entry(long id) {
        return jdbc.sql(SELECT + " where e.id = :id")
                .param("id", id)
                .query(HashEntries::map)
                .optional();
    }

    List<EntryRow> liveEntries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where e.id in (:ids) and e.removed_at is null")
                .param("ids", ids)
                .query(HashEntries::map)
                .list();
    }

    List<EntryRow> liveExact(HashAlgorithm algorithm, String value) {
        return jdbc.sql(SELECT + " where e.value = :value and e.algorithm = :algorithm and e.removed_at is null")
                .param("value", value)
                .param("algorithm", algorithm.name())
                .query(HashEntries::map)
                .list();
    }

    long insert(
            UUID listId,
            HashAlgorithm algorithm,
            String value,
            String classification,
            UUID seriesId,
            String source,
            UUID urlItemId,
            String by,
            Instant now) {
        long id = jdbc.sql("""
                insert into hashes_entry (list_id, algorithm, value, classification, series_id, source, url_item_id,
                                          added_by, added_at)
                values (:list, :algorithm, :value, :classification, :series, :source, :item, :by, :now)
                returning id""")
                .param("list", listId)
                .param("algorithm", algorithm.name())
                .param("value", value)
                .param("classification", classification)
                .param("series", seriesId)
                .param("source", source)
                .param("item", urlItemId)
                .param("by", by)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        recordChange(id, listId, "ADDED", now);
        return id;
    }

    void markRemoved(long id, UUID listId, Instant now) {
        jdbc.sql("update hashes_entry set removed_at = :now where id = :id")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
        recordChange(id, listId, "REMOVED", now);
    }

    void reclassify(long id, UUID listId, String classification, Instant now) {
        jdbc.sql("update hashes_entry set classification = :c where id = :id")
                .param("id", id)
                .param("c", classification)
                .update();
        recordChange(id, listId, "RECLASSIFIED", now);
    }

    void setSeries(long id, UUID listId, UUID seriesId, Instant now) {
        jdbc.sql("update hashes_entry set series_id = :s where id = :id")
                .param("id", id)
                .param("s", seriesId)
                .update();
        recordChange(id, listId, "RECLASSIFIED", now);
    }

    long latestChange(UUID listId) {
        return jdbc.sql("select coalesce(max(sequence), 0) from hashes_change where list_id = :list")
                .param("list", listId)
                .query(Long.class)
                .single();
    }

    /** Streams the live entries of a list, or only those changed after a change number, with their change kind. */
    void forEachEntry(UUID listId, long since, BiConsumer<EntryRow, String> consumer) {
        if (since <= 0) {
            streaming.query(
                    SELECT + " where e.list_id = ? and e.removed_at is null order by e.id",
                    rs -> {
                        consumer.accept(map(rs, 0), "ADDED");
                    },
                    listId);
            return;
        }
        streaming.query(
                SELECT_WITH_CHANGE + " where c.list_id = ? and c.sequence > ? and c.sequence = "
                        + "(select max(sequence) from hashes_change later where later.entry_id = c.entry_id) "
                        + "order by c.sequence",
                rs -> {
                    consumer.accept(map(rs, 0), rs.getString("kind"));
                },
                listId,
                since);
    }

    /** Streams every live PDQ hash, for loading the matching index. */
    void forEachLivePdq(BiConsumer<Long, String> consumer) {
        streaming.query("select id, value from hashes_entry where algorithm = 'PDQ' and removed_at is null", rs -> {
            consumer.accept(rs.getLong(1), rs.getString(2));
        });
    }

    private void recordChange(long entryId, UUID listId, String kind, Instant now) {
        jdbc.sql("insert into hashes_change (entry_id, list_id, kind, at) values (:entry, :list, :kind, :now)")
                .param("entry", entryId)
                .param("list", listId)
                .param("kind", kind)
                .param("now", Timestamp.from(now))
                .update();
    }

    private static final String COLUMNS = """
            select e.id, e.list_id, l.name as list_name, e.algorithm, e.value, e.classification, s.name as series_name,
                   e.source, e.added_at, e.removed_at is null as live""";

    private static final String SELECT = COLUMNS + " " + """
             from hashes_entry e join hashes_list l on l.id = e.list_id
             left join hashes_series s on s.id = e.series_id""";

    private static final String SELECT_WITH_CHANGE = COLUMNS + " " + """
            , c.kind from hashes_change c join hashes_entry e on e.id = c.entry_id
             join hashes_list l on l.id = e.list_id left join hashes_series s on s.id = e.series_id""";

    private static EntryRow map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new EntryRow(
                rs.getLong("id"),
                rs.getObject("list_id", UUID.class),
                rs.getString("list_name"),
                HashAlgorithm.valueOf(rs.getString("algorithm")),
                rs.getString("value"),
                rs.getString("classification"),
                rs.getString("series_name"),
                rs.getString("source"),
                rs.getTimestamp("added_at").toInstant(),
                rs.getBoolean("live"));
    }
}
