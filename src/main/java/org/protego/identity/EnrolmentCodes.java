package org.protego.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time enrolment codes, as stored: only their hashes. */
@Repository
class EnrolmentCodes {

    private final JdbcClient jdbc;

    EnrolmentCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new code for the user and withdraws any the user still had, so that only the newest one works. */
    void issue(UUID userId, String codeHash, Instant now, Instant expiresAt) {
        jdbc.sql("""
                update identity_enrolment set withdrawn_at = :now
                where user_id = :userId and used_at is null and withdrawn_at is null""")
                .param("userId", userId)
                .param("now", Timestamps.offset(now))
                .update();
        jdbc.sql("""
                insert into identity_enrolment (id, user_id, code_hash, created_at, expires_at)
                values (:id, :userId, :hash, :now, :expiresAt)""")
                .param("id", UUID.randomUUID())
                .param("userId", userId)
                .param("hash", codeHash)
                .param("now", Timestamps.offset(now))
                .param("expiresAt", Timestamps.offset(expiresAt))
                .update();
    }

    /** The user a code enrols, if it is neither used, withdrawn nor expired; the code stays usable. */
    Optional<UUID> userOfOpenCode(String codeHash, Instant now) {
        return jdbc.sql("""
                select user_id from identity_enrolment
                where code_hash = :hash and used_at is null and withdrawn_at is null and expires_at > :now""")
                .param("hash", codeHash)
                .param("now", Timestamps.offset(now))
                .query(UUID.class)
                .optional();
    }

    /** Uses the code up; false if another request used it first. */
    boolean use(String codeHash, Instant now) {
        return jdbc.sql("""
                update identity_enrolment set used_at = :now
                where code_hash = :hash and used_at is null and withdrawn_at is null and expires_at > :now""")
                        .param("hash", codeHash)
                        .param("now", Timestamps.offset(now))
                        .update()
                == 1;
    }

    /** When the user's open code expires, if one is waiting to be used. */
    Optional<Instant> openUntil(UUID userId, Instant now) {
        return jdbc.sql("""
                select max(expires_at) from identity_enrolment
                where user_id = :userId and used_at is null and withdrawn_at is null and expires_at > :now""")
                .param("userId", userId)
                .param("now", Timestamps.offset(now))
                .query((rs, n) -> Optional.ofNullable(Timestamps.nullableInstant(rs, 1)))
                .single();
    }
}
