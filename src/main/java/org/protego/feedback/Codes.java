package org.protego.feedback;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The live feedback codes, kept only by their hash. */
@Repository
class Codes {

    /** A live code: which referral, case and service it was given for. */
    record LiveCode(
            String hash,
            UUID referralId,
            UUID caseId,
            UUID serviceId,
            UUID providerOrganisationId,
            UUID senderOrganisationId,
            Instant expiresAt) {}

    private final JdbcClient jdbc;

    Codes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the code as the referral's only one, withdrawing any it had before. */
    void replace(LiveCode code, Instant issuedAt) {
        jdbc.sql("delete from feedback_code where referral_id = :referral")
                .param("referral", code.referralId())
                .update();
        jdbc.sql("""
                        insert into feedback_code (code_hash, referral_id, case_id, service_id, provider_organisation_id,
                            sender_organisation_id, issued_at, expires_at)
                        values (:hash, :referral, :case, :service, :provider, :sender, :issuedAt, :expiresAt)""")
                .param("hash", code.hash())
                .param("referral", code.referralId())
                .param("case", code.caseId())
                .param("service", code.serviceId())
                .param("provider", code.providerOrganisationId())
                .param("sender", code.senderOrganisationId())
                .param("issuedAt", Timestamps.offset(issuedAt))
                .param("expiresAt", Timestamps.offset(code.expiresAt()))
                .update();
    }

    boolean isLive(String hash, Instant now) {
        return jdbc.sql("select count(*) from feedback_code where code_hash = :hash and expires_at > :now")
                        .param("hash", hash)
                        .param("now", Timestamps.offset(now))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Deletes the code and answers it if it was still live. Deleting first means two answers sent at once with the same
     * code cannot both be taken: the second finds no row.
     */
    Optional<LiveCode> take(String hash, Instant now) {
        return jdbc.sql("""
                        delete from feedback_code where code_hash = :hash
                        returning code_hash, referral_id, case_id, service_id, provider_organisation_id,
                            sender_organisation_id, expires_at""")
                .param("hash", hash)
                .query((rs, row) -> new LiveCode(
                        rs.getString(1),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class),
                        rs.getObject(5, UUID.class),
                        rs.getObject(6, UUID.class),
                        Timestamps.instant(rs, 7)))
                .optional()
                .filter(code -> code.expiresAt().isAfter(now));
    }

    /** Expired codes link a referral to nothing any more and are dropped. */
    void deleteExpired(Instant now) {
        jdbc.sql("delete from feedback_code where expires_at <= :now")
                .param("now", Timestamps.offset(now))
                .update();
    }
}
