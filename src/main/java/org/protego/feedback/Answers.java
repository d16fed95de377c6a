package org.protego.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.protego.shared.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Children's answers, stored without anything that leads back to the child: no referral, case, code or exact time. */
@Repository
class Answers {

    static final FieldCipher.Column COMMENT = new FieldCipher.Column("feedback_answer", "comment_encrypted");

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    Answers(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(
            UUID serviceId,
            UUID providerOrganisationId,
            UUID senderOrganisationId,
            LocalDate month,
            String language,
            ChildAnswers answers) {
        // A random id, never a time-ordered one, so that the id does not tell when the answer came.
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into feedback_answer (id, service_id, provider_organisation_id, sender_organisation_id, month,
                            language, treated, safe, helped, recommend, comment_encrypted)
                        values (:id, :service, :provider, :sender, :month, :language, :treated, :safe, :helped,
                            :recommend, :comment)""")
                .param("id", id)
                .param("service", serviceId)
                .param("provider", providerOrganisationId)
                .param("sender", senderOrganisationId)
                .param("month", month.withDayOfMonth(1))
                .param("language", language)
                .param("treated", answers.treated())
                .param("safe", answers.safe())
                .param("helped", answers.helped())
                .param("recommend", answers.recommend())
                .param("comment", cipher.encrypt(answers.comment(), COMMENT.row(id)))
                .update();
    }

    /** The service's answers; only those of children referred by {@code senderOrganisationId} unless it is null. */
    List<StoredAnswer> of(UUID serviceId, UUID senderOrganisationId) {
        return jdbc.sql("""
                        select id, treated, safe, helped, recommend, comment_encrypted from feedback_answer
                        where service_id = :service
                          and (cast(:sender as uuid) is null or sender_organisation_id = cast(:sender as uuid))""")
                .param("service", serviceId)
                .param("sender", senderOrganisationId)
                .query((rs, row) -> new StoredAnswer(
                        rs.getObject(1, UUID.class),
                        (Integer) rs.getObject(2),
                        (Integer) rs.getObject(3),
                        (Integer) rs.getObject(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    String comment(StoredAnswer answer) {
        return cipher.decrypt(answer.commentEncrypted(), COMMENT.row(answer.id()));
    }

    /** The services of a provider organisation that children have given feedback on. */
    List<UUID> servicesOf(UUID providerOrganisationId) {
        return jdbc.sql("select distinct service_id from feedback_answer where provider_organisation_id = :provider")
                .param("provider", providerOrganisationId)
                .query(UUID.class)
                .list();
    }
}
