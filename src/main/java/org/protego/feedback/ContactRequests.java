package org.protego.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.protego.shared.FieldCipher;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The requests of children who asked to be contacted about their feedback; the only feedback linked to a case. */
@Repository
class ContactRequests {

    static final FieldCipher.Column COMMENT = new FieldCipher.Column("feedback_contact_request", "comment_encrypted");

    /** A request as stored, with its comment decrypted. */
    record Stored(
            UUID id,
            UUID referralId,
            UUID serviceId,
            String language,
            Integer treated,
            Integer safe,
            Integer helped,
            String recommend,
            String comment,
            Instant requestedAt,
            Instant handledAt,
            String handledBy) {}

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ContactRequests(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    UUID insert(UUID referralId, UUID caseId, UUID serviceId, String language, ChildAnswers answers, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into feedback_contact_request (id, referral_id, case_id, service_id, language, treated, safe,
                            helped, recommend, comment_encrypted, requested_at)
                        values (:id, :referral, :case, :service, :language, :treated, :safe, :helped, :recommend,
                            :comment, :now)""")
                .param("id", id)
                .param("referral", referralId)
                .param("case", caseId)
                .param("service", serviceId)
                .param("language", language)
                .param("treated", answers.treated())
                .param("safe", answers.safe())
                .param("helped", answers.helped())
                .param("recommend", answers.recommend())
                .param("comment", cipher.encrypt(answers.comment(), COMMENT.row(id)))
                .param("now", Timestamps.offset(now))
                .update();
        return id;
    }

    /** The case's requests, those not yet handled first, newest first. */
    List<Stored> ofCase(UUID caseId) {
        return jdbc.sql("""
                        select id, referral_id, service_id, language, treated, safe, helped, recommend, comment_encrypted,
                            requested_at, handled_at, handled_by
                        from feedback_contact_request where case_id = :case
                        order by handled_at is not null, requested_at desc""")
                .param("case", caseId)
                .query((rs, row) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Stored(
                            id,
                            rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class),
                            rs.getString(4),
                            (Integer) rs.getObject(5),
                            (Integer) rs.getObject(6),
                            (Integer) rs.getObject(7),
                            rs.getString(8),
                            cipher.decrypt(rs.getString(9), COMMENT.row(id)),
                            Timestamps.instant(rs, 10),
                            Timestamps.nullableInstant(rs, 11),
                            rs.getString(12));
                })
                .list();
    }

    /** Whether the request of the case was open and is now marked handled. */
    boolean markHandled(UUID caseId, UUID requestId, Instant now, String by) {
        return jdbc.sql("""
                        update feedback_contact_request set handled_at = :now, handled_by = :by
                        where id = :id and case_id = :case and handled_at is null""")
                        .param("now", Timestamps.offset(now))
                        .param("by", by)
                        .param("id", requestId)
                        .param("case", caseId)
                        .update()
                == 1;
    }

    boolean exists(UUID caseId, UUID requestId) {
        return jdbc.sql("select count(*) from feedback_contact_request where id = :id and case_id = :case")
                        .param("id", requestId)
                        .param("case", caseId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
