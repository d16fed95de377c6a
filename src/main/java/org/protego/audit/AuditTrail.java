package org.protego.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and verifies the audit chain. */
@Service
public class AuditTrail {

    static final String GENESIS_HASH = "0".repeat(64);
    /** Serialises appends so that each entry links to exactly one predecessor. */
    private static final long CHAIN_LOCK = 0x70726f7465676fL;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends an entry in the caller's transaction, so that the entry exists if and only if the change does. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, String subjectId, String detail) {
        recordAs(currentActor(), action, subjectType, subjectId, detail);
    }

    /** Appends an entry naming an actor explicitly, for actions taken by the system or by an anonymous person. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String action, String subjectType, String subjectId, String detail) {
        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", CHAIN_LOCK)
                .query()
                .singleRow();
        var last = jdbc.sql("select sequence, entry_hash from audit_entry order by sequence desc limit 1")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(new ChainHead(0, GENESIS_HASH));
        var entry = new AuditEntry(
                last.sequence() + 1,
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
                actor,
                action,
                subjectType,
                subjectId,
                detail == null ? "" : detail);
        jdbc.sql("""
                insert into audit_entry (sequence, recorded_at, actor, action, subject_type, subject_id, detail,
                                         previous_hash, entry_hash)
                values (:sequence, :recordedAt, :actor, :action, :subjectType, :subjectId, :detail, :previousHash,
                        :entryHash)""")
                .param("sequence", entry.sequence())
                .param("recordedAt", java.sql.Timestamp.from(entry.recordedAt()))
                .param("actor", entry.actor())
                .param("action", entry.action())
                .param("subjectType", entry.subjectType())
                .param("subjectId", entry.subjectId())
                .param("detail", entry.detail())
                .param("previousHash", last.entryHash())
                .param("entryHash", hashOf(last.entryHash(), entry))
                .update();
    }

    /** Recomputes the whole chain and reports whether every entry is intact and none is missing. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        long[] expectedSequence = {1};
        String[] previousHash = {GENESIS_HASH};
        boolean[] valid = {true};
        long[] firstBroken = {0};
        jdbc.sql("""
                select sequence, recorded_at, actor, action, subject_type, subject_id, detail, previous_hash, entry_hash
                from audit_entry order by sequence""").query(rs -> {
            var entry = new AuditEntry(
                    rs.getLong("sequence"),
                    rs.getTimestamp("recorded_at").toInstant(),
                    rs.getString("actor"),
                    rs.getString("action"),
                    rs.getString("subject_type"),
                    rs.getString("subject_id"),
                    rs.getString("detail"));
            boolean intact = entry.sequence() == expectedSequence[0]
                    && rs.getString("previous_hash").equals(previousHash[0])
                    && rs.getString("entry_hash").equals(hashOf(previousHash[0], entry));
            if (!intact && valid[0]) {
                valid[0] = false;
                firstBroken[0] = entry.sequence();
            }
            expectedSequence[0] = entry.sequence() + 1;
            previousHash[0] = rs.getString("entry_hash");
        });
        long entries = expectedSequence[0] - 1;
        return new AuditVerification(valid[0], entries, valid[0] ? null : firstBroken[0]);
    }

    /** The latest entries about one subject, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN','ANALYST','SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<AuditEntry> entriesAbout(String subjectType, String subjectId) {
        return jdbc.sql("""
                select sequence, recorded_at, actor, action, subject_type, subject_id, detail from audit_entry
                where subject_type = :type and subject_id = :id order by sequence desc limit 200""")
                .param("type", subjectType)
                .param("id", subjectId)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    /** The most recent entries, newest first, for the administrator's page. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("""
                select sequence, recorded_at, actor, action, subject_type, subject_id, detail from audit_entry
                order by sequence desc limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    static String hashOf(String previousHash, AuditEntry entry) {
        // Length-prefixed fields, so that no two different entries serialise to the same bytes.
        var canonical = new StringBuilder(previousHash);
        for (String field : List.of(
                Long.toString(entry.sequence()),
                entry.recordedAt().toString(),
                entry.actor(),
                entry.action(),
                entry.subjectType(),
                entry.subjectId(),
                entry.detail())) {
            canonical.append('|').append(field.length()).append(':').append(field);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // Without a signed-in user the change comes from the platform itself, such as an event listener.
        if (authentication == null || !authentication.isAuthenticated()) {
            return "system";
        }
        return authentication instanceof AnonymousAuthenticationToken ? "anonymous" : authentication.getName();
    }

    private record ChainHead(long sequence, String entryHash) {}
}
