package org.protego.feedback;

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

/** A case worker gives a child a feedback code for a referral whose service started; others cannot. */
@ProtegoTest
class FeedbackCodeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    ReferralRows.Loop loop;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        loop = ReferralRows.loop(api, jdbc, "started");
    }

    @Test
    void theCaseWorkerGetsACodeShownOnceAndOnlyItsHashIsKept() {
        Api.Response issued = issue(loop.referralId(), loop.caseWorker());

        assertThat(issued.status()).isEqualTo(201);
        String code = issued.json().get("code").asString();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(issued.json().get("expiresAt").asString()).isNotBlank();
        Map<String, Object> row = jdbc.sql("select * from feedback_code where referral_id = :referral")
                .param("referral", loop.referralId())
                .query()
                .singleRow();
        assertThat(row.get("code_hash")).isEqualTo(FeedbackCode.hashOf(code));
        assertThat(row.values().stream().map(String::valueOf)).noneMatch(value -> value.contains(code));
    }

    @Test
    void aNewCodeReplacesTheOldOne() {
        String first =
                issue(loop.referralId(), loop.caseWorker()).json().get("code").asString();
        String second =
                issue(loop.referralId(), loop.caseWorker()).json().get("code").asString();

        assertThat(jdbc.sql("select code_hash from feedback_code where referral_id = :referral")
                        .param("referral", loop.referralId())
                        .query(String.class)
                        .list())
                .containsExactly(FeedbackCode.hashOf(second))
                .doesNotContain(FeedbackCode.hashOf(first));
    }

    @Test
    void aCompletedReferralGetsACodeToo() {
        UUID completed = ReferralRows.insertReferral(
                jdbc, loop.caseId(), UUID.fromString(loop.caseWorker().id()), loop.serviceId(), "completed");

        assertThat(issue(completed, loop.caseWorker()).status()).isEqualTo(201);
    }

    @Test
    void anotherTeamsCaseWorkerIsToldTheReferralDoesNotExist() {
        Api.StaffUser otherTeam = api.createUserInTeam(loop.sender(), "south", "CASE_WORKER");

        Api.Response refused = issue(loop.referralId(), otherTeam);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().get("code").asString()).isEqualTo("feedback-referral-not-found");
        assertThat(codesOf(loop.referralId())).isZero();
    }

    @Test
    void theReceivingProviderCannotIssueACode() {
        assertThat(issue(loop.referralId(), loop.provider()).status()).isEqualTo(403);
    }

    @Test
    void aReferralStillSentHasNothingToGiveFeedbackOn() {
        UUID sent = ReferralRows.insertReferral(
                jdbc, loop.caseId(), UUID.fromString(loop.caseWorker().id()), loop.serviceId(), "sent");

        Api.Response refused = issue(sent, loop.caseWorker());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("feedback-referral-not-served");
        assertThat(codesOf(sent)).isZero();
    }

    private Api.Response issue(UUID referralId, Api.StaffUser user) {
        return api.postJson("/api/v1/referrals/" + referralId + "/feedback-code", user.token(), Map.of());
    }

    private long codesOf(UUID referralId) {
        return jdbc.sql("select count(*) from feedback_code where referral_id = :referral")
                .param("referral", referralId)
                .query(Long.class)
                .single();
    }
}
