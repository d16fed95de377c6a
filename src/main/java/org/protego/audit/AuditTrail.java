package org.protego.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.Timestamps;
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

    /** Serialises appends so that each entry links to exactly one predecessor. */
    static final long CHAIN_LOCK = 0x70726f7465676fL;

    static final int MAX_ENTRIES_ABOUT_SUBJECT = 500;

    private final JdbcClient jdbc;
    private final ChainKeys keys;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, ChainKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
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
                .orElse(new ChainHead(0, ChainKeys.GENESIS_HASH));
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
                .param("recordedAt", Timestamps.offset(entry.recordedAt()))
                .param("actor", entry.actor())
                .param("action", entry.action())
                .param("subjectType", entry.subjectType())
                .param("subjectId", entry.subjectId())
                .param("detail", entry.detail())
                .param("previousHash", last.entryHash())
                .param("entryHash", keys.seal(last.entryHash(), entry))
                .update();
    }

    /** Recomputes the whole chain and reports whether every entry is intact and none is missing. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        long[] expectedSequence = {1};
        String[] previousHash = {ChainKeys.GENESIS_HASH};
        boolean[] valid = {true};
        long[] firstBroken = {0};
        jdbc.sql("""
                select sequence, recorded_at, actor, action, subject_type, subject_id, detail, previous_hash, entry_hash
                from audit_entry order by sequence""").query(rs -> {
            var entry = new AuditEntry(
                    rs.getLong("sequence"),
                    Timestamps.instant(rs, "recorded_at"),
                    rs.getString("actor"),
                    rs.getString("action"),
                    rs.getString("subject_type"),
                    rs.getString("subject_id"),
                    rs.getString("detail"));
            boolean intact = entry.sequence() == expectedSequence[0]
                    && rs.getString("previous_hash").equals(previousHash[0])
                    && rs.getString("entry_hash").equals(keys.seal(previousHash[0], entry));
            if (!intact && valid[0]) {
                valid[0] = false;
                firstBroken[0] = entry.sequence();
            }
            expectedSequence[0] = entry.sequence() + 1;
            previousHash[0] = rs.getString("entry_hash");
        });
        long entries = expectedSequence[0] - 1;
        return new AuditVerification(valid[0], entries, valid[0] ? null : firstBroken[0], null);
    }

    /**
     * Verifies the chain and whether it still holds, at the exported head's sequence, the seal the head states: a
     * rewritten or shortened chain does not, even where it is consistent in itself.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public AuditVerification verifyAgainst(AuditHead exported) {
        if (exported == null
                || exported.entryHash() == null
                || exported.recordedAt() == null
                || exported.signature() == null
                || !keys.headKey().verifies(exported.signedBytes(), exported.signature())) {
            throw new InvalidRequestException(
                    List.of(new FieldProblem("signature", AuditError.HEAD_SIGNATURE_INVALID)));
        }
        AuditVerification chain = verify();
        boolean headMatches = jdbc.sql("select entry_hash from audit_entry where sequence = :sequence")
                .param("sequence", exported.sequence())
                .query(String.class)
                .optional()
                .map(exported.entryHash()::equals)
                .orElse(false);
        return new AuditVerification(chain.valid(), chain.entries(), chain.firstBrokenSequence(), headMatches);
    }

    /** The newest entry's sequence and seal, signed, for export; empty while the chain has no entry. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<AuditHead> head() {
        return jdbc.sql("select sequence from audit_entry order by sequence desc limit 1")
                .query(Long.class)
                .optional()
                .flatMap(this::headAt);
    }

    /** One entry's sequence and seal, signed, so that a verifier can compare it with a head it exported then. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<AuditHead> headAt(long sequence) {
        return jdbc.sql("select sequence, entry_hash, recorded_at from audit_entry where sequence = :sequence")
                .param("sequence", sequence)
                .query((rs, n) -> signedHead(rs.getLong(1), rs.getString(2), Timestamps.instant(rs, 3)))
                .optional();
    }

    /** The public key that checks head signatures, in PEM. */
    @PreAuthorize("hasRole('ADMIN')")
    public String headPublicKeyPem() {
        return keys.headKey().publicKeyPem();
    }

    /**
     * Signs a document's SHA-256 with the key that signs the chain's head, in the caller's transaction, and records the
     * signature in the chain as {@code document.signed}. The caller decides who may sign what.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public SignedDocument signDocument(String kind, String id, String sha256) {
        for (String part : new String[] {kind, id, sha256}) {
            if (part == null || part.isBlank() || part.chars().anyMatch(Character::isISOControl)) {
                // A line break inside a part could make two different documents sign the same text.
                throw new IllegalArgumentException("A signed document's kind, id and SHA-256 are single lines");
            }
        }
        String text = SignedDocument.textOf(kind, id, sha256);
        var signed = new SignedDocument(text, keys.headKey().sign(text.getBytes(StandardCharsets.UTF_8)));
        record("document.signed", kind, id, "sha256=" + sha256);
        return signed;
    }

    /** Whether a signature from {@link #signDocument} holds for this text, checked with the public key. */
    public boolean verifiesDocument(String signedText, String signatureBase64) {
        return signedText != null
                && signatureBase64 != null
                && keys.headKey().verifies(signedText.getBytes(StandardCharsets.UTF_8), signatureBase64);
    }

    /**
     * The public key (PEM) that checks signed documents and head signatures; public, since a published document is
     * meant to be checked by anyone.
     */
    public String documentPublicKeyPem() {
        return keys.headKey().publicKeyPem();
    }

    private AuditHead signedHead(long sequence, String entryHash, Instant recordedAt) {
        String text = AuditHead.textOf(sequence, entryHash, recordedAt);
        return new AuditHead(
                sequence, entryHash, recordedAt, text, keys.headKey().sign(text.getBytes(StandardCharsets.UTF_8)));
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
                        Timestamps.instant(rs, 2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    /**
     * The latest entries about one subject whatever its type, newest first, at most {@value #MAX_ENTRIES_ABOUT_SUBJECT};
     * refuses a missing or blank subject id.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> entriesAboutSubject(String subjectId) {
        if (subjectId == null || subjectId.isBlank()) {
            throw new InvalidRequestException(List.of(new FieldProblem("subjectId", AuditError.SUBJECT_ID_REQUIRED)));
        }
        // The only index on subjects leads with subject_type, which PostgreSQL 17 cannot skip. The few distinct types
        // are walked through that index (a loose index scan), and each type's entries about the subject are read
        // from it, so the query never scans the whole log.
        return jdbc.sql("""
                with recursive types (subject_type) as (
                    (select subject_type from audit_entry order by subject_type limit 1)
                    union all
                    select (select e.subject_type from audit_entry e where e.subject_type > types.subject_type
                            order by e.subject_type limit 1)
                    from types where types.subject_type is not null)
                select about.* from types cross join lateral (
                    select sequence, recorded_at, actor, action, subject_type, subject_id, detail from audit_entry e
                    where e.subject_type = types.subject_type and e.subject_id = :id
                    order by e.sequence desc limit :limit) about
                where types.subject_type is not null
                order by about.sequence desc limit :limit""")
                .param("id", subjectId.strip())
                .param("limit", MAX_ENTRIES_ABOUT_SUBJECT)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong(1),
                        Timestamps.instant(rs, 2),
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
                        Timestamps.instant(rs, 2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
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
