package org.protego.blocklist;

import static org.protego.shared.Timestamps.instant;
import static org.protego.shared.Timestamps.nullableInstant;
import static org.protego.shared.Timestamps.offset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * List versions as stored, each with every reason it was held. Callers change versions only under the publication
 * lock, so a version loaded there is the one saved.
 */
@Repository
class ListVersions {

    private final JdbcClient jdbc;

    ListVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long latestNumber() {
        return jdbc.sql("select coalesce(max(version), 0) from blocklist_version")
                .query(Long.class)
                .single();
    }

    Optional<Long> latestPublished() {
        return jdbc.sql("select max(version) from blocklist_version where state = :published")
                .param("published", VersionState.PUBLISHED.name())
                .query((rs, n) -> rs.getObject(1, Long.class))
                .optional();
    }

    /** The oldest version waiting for approval; while there is one, nothing else is published. */
    Optional<ListVersion> held() {
        return jdbc.sql("select * from blocklist_version where state = :held order by version limit 1")
                .param("held", VersionState.HELD.name())
                .query(ListVersions::versionFrom)
                .optional()
                .map(this::withHoldReasons);
    }

    Optional<ListVersion> version(long version) {
        return jdbc.sql("select * from blocklist_version where version = :v")
                .param("v", version)
                .query(ListVersions::versionFrom)
                .optional()
                .map(this::withHoldReasons);
    }

    /** The newest versions, newest first, each with its hold reasons. */
    List<ListVersion> recent(int limit) {
        List<ListVersion> versions = jdbc.sql("select * from blocklist_version order by version desc limit :limit")
                .param("limit", limit)
                .query(ListVersions::versionFrom)
                .list();
        if (versions.isEmpty()) {
            return versions;
        }
        Map<Long, List<HoldReason>> reasons =
                holdReasonsFrom(versions.get(versions.size() - 1).version());
        return versions.stream()
                .map(found -> found.withHoldReasons(reasons.getOrDefault(found.version(), List.of())))
                .toList();
    }

    /** Stores a new version, held or published, with the reasons it was held. */
    void add(ListVersion version) {
        jdbc.sql("""
                        insert into blocklist_version (version, state, created_by, created_at, entries, added, removed,
                            held_reasons, decided_by, decided_at, hashed_urls_sha256, hashed_urls_signature,
                            rpz_sha256, rpz_signature, manifest, manifest_signature)
                        values (:version, :state, :createdBy, :createdAt, :entries, :added, :removed, :reasons,
                            :decidedBy, :decidedAt, :hashedSha, :hashedSig, :rpzSha, :rpzSig, :manifest,
                            :manifestSig)""")
                .params(columns(version))
                .param("createdBy", version.createdBy())
                .param("createdAt", offset(version.createdAt()))
                .param("reasons", version.heldReasons())
                .update();
        List<HoldReason> reasons = version.holdReasons();
        for (int i = 0; i < reasons.size(); i++) {
            HoldReason reason = reasons.get(i);
            jdbc.sql("""
                            insert into blocklist_hold_reason (version, position, code, detail, expression, additions,
                                cap)
                            values (:v, :position, :code, :detail, :expression, :additions, :cap)""")
                    .param("v", version.version())
                    .param("position", i)
                    .param("code", reason.code())
                    .param("detail", reason.detail())
                    .param("expression", reason.expression())
                    .param("additions", reason.additions(), Types.INTEGER)
                    .param("cap", reason.cap(), Types.INTEGER)
                    .update();
        }
    }

    /** Writes what a decision on a held version changes: its state, who decided when, and its sealed files. */
    void save(ListVersion version) {
        jdbc.sql("""
                        update blocklist_version set state = :state, entries = :entries, added = :added,
                            removed = :removed, decided_by = :decidedBy, decided_at = :decidedAt,
                            hashed_urls_sha256 = :hashedSha, hashed_urls_signature = :hashedSig,
                            rpz_sha256 = :rpzSha, rpz_signature = :rpzSig, manifest = :manifest,
                            manifest_signature = :manifestSig
                        where version = :version""").params(columns(version)).update();
    }

    private static Map<String, Object> columns(ListVersion version) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("version", version.version());
        columns.put("state", version.state().name());
        columns.put("entries", version.entries());
        columns.put("added", version.added());
        columns.put("removed", version.removed());
        columns.put("decidedBy", version.decidedBy());
        columns.put("decidedAt", offset(version.decidedAt()));
        columns.put("hashedSha", version.hashedUrlsSha256());
        columns.put("hashedSig", version.hashedUrlsSignature());
        columns.put("rpzSha", version.rpzSha256());
        columns.put("rpzSig", version.rpzSignature());
        columns.put("manifest", version.manifest());
        columns.put("manifestSig", version.manifestSignature());
        return columns;
    }

    private ListVersion withHoldReasons(ListVersion version) {
        return version.withHoldReasons(holdReasonsFrom(version.version()).getOrDefault(version.version(), List.of()));
    }

    /** The hold reasons of the versions from {@code lowest} on, by version, in the order they were found. */
    private Map<Long, List<HoldReason>> holdReasonsFrom(long lowest) {
        Map<Long, List<HoldReason>> reasons = new HashMap<>();
        jdbc.sql("select * from blocklist_hold_reason where version >= :v order by version, position")
                .param("v", lowest)
                .query(rs -> {
                    reasons.computeIfAbsent(rs.getLong("version"), v -> new ArrayList<>())
                            .add(new HoldReason(
                                    rs.getString("code"),
                                    rs.getString("detail"),
                                    rs.getString("expression"),
                                    rs.getObject("additions", Integer.class),
                                    rs.getObject("cap", Integer.class)));
                });
        return reasons;
    }

    private static ListVersion versionFrom(ResultSet rs, int row) throws SQLException {
        return new ListVersion(
                rs.getLong("version"),
                VersionState.valueOf(rs.getString("state")),
                rs.getString("created_by"),
                instant(rs, "created_at"),
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
                List.of(),
                nullableInstant(rs, "decided_at"));
    }
}
