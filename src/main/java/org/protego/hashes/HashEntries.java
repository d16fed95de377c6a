package org.protego.hashes;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.protego.shared.FieldCipher;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hash lists, licences, series, entries and their numbered changes, as stored; series names are kept encrypted. */
@Repository
class HashEntries {

    /** Series names: they can name or describe a victim, so they are encrypted like reports' descriptions. */
    static final FieldCipher.Column SERIES_NAME = new FieldCipher.Column("hashes_series", "name_encrypted");

    static final String SERIES_INDEX_PURPOSE = "hash-series";

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final FieldCipher cipher;

    HashEntries(JdbcClient jdbc, JdbcTemplate jdbcTemplate, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbcTemplate.getDataSource());
        this.streaming.setFetchSize(10_000);
        this.cipher = cipher;
    }

    record ListRow(UUID id, String name, UUID organisationId) {}

    /** An entry with its list; it belongs to the organisation that owns the list. */
    record EntryRow(
            long id,
            UUID listId,
            String list,
            UUID organisationId,
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
        return jdbc.sql("select id, name, organisation_id from hashes_list where name = :name")
                .param("name", name)
                .query(HashEntries::mapList)
                .optional();
    }

    List<ListRow> lists() {
        return jdbc.sql("select id, name, organisation_id from hashes_list order by name")
                .query(HashEntries::mapList)
                .list();
    }

    /** The lists an organisation may read: its own and those licensed to it. */
    List<ListRow> readableLists(UUID organisationId) {
        return jdbc.sql("""
                select id, name, organisation_id from hashes_list
                where organisation_id = :org
                   or id in (select list_id from hashes_licence where organisation_id = :org)
                order by name""")
                .param("org", organisationId)
                .query(HashEntries::mapList)
                .list();
    }

    /**
     * The list of that name, created for the organisation if no list has the name yet; a list of another organisation
     * is returned as it is, for the caller to refuse.
     */
    ListRow ensureList(String name, UUID organisationId, Instant now) {
        jdbc.sql("""
                insert into hashes_list (id, name, organisation_id, created_at) values (:id, :name, :org, :now)
                on conflict (name) do nothing""")
                .param("id", UUID.randomUUID())
                .param("name", name)
                .param("org", organisationId)
                .param("now", Timestamps.offset(now))
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

    /** The organisation's series of that name, created if new; found through the name's blind index. */
    UUID ensureSeries(UUID organisationId, String name, String by, Instant now) {
        String index = cipher.blindIndex(SERIES_INDEX_PURPOSE, name);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into hashes_series (id, organisation_id, name_index, name_encrypted, created_by, created_at)
                values (:id, :org, :index, :name, :by, :now)
                on conflict (organisation_id, name_index) do nothing""")
                .param("id", id)
                .param("org", organisationId)
                .param("index", index)
                .param("name", cipher.encrypt(name, SERIES_NAME.row(id)))
                .param("by", by)
                .param("now", Timestamps.offset(now))
                .update();
        return jdbc.sql("select id from hashes_series where organisation_id = :org and name_index = :index")
                .param("org", organisationId)
                .param("index", index)
                .query(UUID.class)
                .single();
    }

    Optional<EntryRow> liveEntry(UUID listId, HashAlgorithm algorithm, String value) {
        return jdbc.sql(SELECT + " where e.list_id = :list and e.algorithm = :algorithm and e.value = :value "
                        + "and e.removed_at is null")
                .param("list", listId)
                .param("algorithm", algorithm.name())
                .param("value", value)
                .query(rows())
                .optional();
    }

    Optional<EntryRow> entry(long id) {
        return jdbc.sql(SELECT + " where e.id = :id")
                .param("id", id)
                .query(rows())
                .optional();
    }

    List<EntryRow> liveEntries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where e.id in (:ids) and e.removed_at is null")
                .param("ids", ids)
                .query(rows())
                .list();
    }

    List<EntryRow> liveExact(HashAlgorithm algorithm, String value) {
        return jdbc.sql(SELECT + " where e.value = :value and e.algorithm = :algorithm and e.removed_at is null")
                .param("value", value)
                .param("algorithm", algorithm.name())
                .query(rows())
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
                .param("now", Timestamps.offset(now))
                .query(Long.class)
                .single();
        recordChange(id, listId, "ADDED", now);
        return id;
    }

    void markRemoved(long id, UUID listId, Instant now) {
        jdbc.sql("update hashes_entry set removed_at = :now where id = :id")
                .param("id", id)
                .param("now", Timestamps.offset(now))
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
        RowMapper<EntryRow> rows = rows();
        if (since <= 0) {
            streaming.query(
                    SELECT + " where e.list_id = ? and e.removed_at is null order by e.id",
                    rs -> {
                        consumer.accept(rows.mapRow(rs, 0), "ADDED");
                    },
                    listId);
            return;
        }
        streaming.query(
                SELECT_WITH_CHANGE + " where c.list_id = ? and c.sequence > ? and c.sequence = "
                        + "(select max(sequence) from hashes_change later where later.entry_id = c.entry_id) "
                        + "order by c.sequence",
                rs -> {
                    consumer.accept(rows.mapRow(rs, 0), rs.getString("kind"));
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
                .param("now", Timestamps.offset(now))
                .update();
    }

    private static final String COLUMNS = """
            select e.id, e.list_id, l.name as list_name, l.organisation_id, e.algorithm, e.value, e.classification,
                   e.series_id, s.name_encrypted as series_name, e.source, e.added_at, e.removed_at is null as live""";

    private static final String SELECT = COLUMNS + " " + """
             from hashes_entry e join hashes_list l on l.id = e.list_id
             left join hashes_series s on s.id = e.series_id""";

    private static final String SELECT_WITH_CHANGE = COLUMNS + " " + """
            , c.kind from hashes_change c join hashes_entry e on e.id = c.entry_id
             join hashes_list l on l.id = e.list_id left join hashes_series s on s.id = e.series_id""";

    /** Maps entry rows, decrypting each series name once however many entries of a list carry it. */
    private RowMapper<EntryRow> rows() {
        Map<UUID, String> seriesNames = new HashMap<>();
        return (rs, row) -> {
            UUID seriesId = rs.getObject("series_id", UUID.class);
            String sealedName = rs.getString("series_name");
            String series = seriesId == null
                    ? null
                    : seriesNames.computeIfAbsent(seriesId, id -> cipher.decrypt(sealedName, SERIES_NAME.row(id)));
            return new EntryRow(
                    rs.getLong("id"),
                    rs.getObject("list_id", UUID.class),
                    rs.getString("list_name"),
                    rs.getObject("organisation_id", UUID.class),
                    HashAlgorithm.valueOf(rs.getString("algorithm")),
                    rs.getString("value"),
                    rs.getString("classification"),
                    series,
                    rs.getString("source"),
                    Timestamps.instant(rs, "added_at"),
                    rs.getBoolean("live"));
        };
    }

    private static ListRow mapList(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ListRow(
                rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("organisation_id", UUID.class));
    }
}
