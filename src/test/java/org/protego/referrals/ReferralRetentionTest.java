package org.protego.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When a closed case is anonymised, what its referrals and the child's contact request say about the child goes with
 * it; what the figures count stays.
 */
@ProtegoTest
class ReferralRetentionTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ReferralSetUp setUp;

    @BeforeEach
    void setUp() {
        setUp = new ReferralSetUp(new Api(port), jdbc);
    }

    @Test
    void anonymisingTheCaseEmptiesItsReferralsTextsAndTheChildsContactRequest() {
        String referralId = setUp.referredToTheShelter("high");
        setUp.move(
                setUp.shelterStaff, referralId, "decline", Map.of("reason", "no_capacity", "note", "Full until May"));
        UUID caseId = UUID.fromString(setUp.caseId);
        jdbc.sql("""
                        insert into feedback_contact_request (id, referral_id, case_id, service_id, language,
                            comment_encrypted, requested_at)
                        values (:id, :referral, :case, :service, 'en', 'ciphertext', now())""")
                .param("id", UUID.randomUUID())
                .param("referral", UUID.fromString(referralId))
                .param("case", caseId)
                .param("service", setUp.shelter)
                .update();
        jdbc.sql("update case_file set state = 'CLOSED', closed_at = now() - interval '11 years' where id = :id")
                .param("id", caseId)
                .update();

        Api.Response run = setUp.api.postJson("/api/v1/admin/retention/run", setUp.api.adminToken(), Map.of());

        assertThat(run.status()).isEqualTo(200);
        Map<String, Object> left = jdbc.sql("""
                        select
                          (select count(*) from referrals_referral where case_id = :case) as referrals,
                          (select count(*) from referrals_referral where case_id = :case
                              and (reason_encrypted is not null or shared_encrypted is not null
                                   or decline_note_encrypted is not null)) as referral_texts,
                          (select count(*) from feedback_contact_request where case_id = :case
                              and comment_encrypted is not null) as comments""").param("case", caseId).query().singleRow();
        assertThat(left)
                .containsEntry("referrals", 1L)
                .containsEntry("referral_texts", 0L)
                .containsEntry("comments", 0L);
    }

    @Test
    void anOpenCasesReferralKeepsItsTexts() {
        String referralId = setUp.referredToTheShelter("high");

        setUp.api.postJson("/api/v1/admin/retention/run", setUp.api.adminToken(), Map.of());

        assertThat(jdbc.sql("select reason_encrypted is not null from referrals_referral where id = :id")
                        .param("id", UUID.fromString(referralId))
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
