package org.protego.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The loop closes: the service accepts, starts and completes, and the sender sees every step and the feedback. */
@ProtegoTest
class ReferralLoopApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ReferralSetUp setUp;
    String referralId;

    @BeforeEach
    void setUp() {
        setUp = new ReferralSetUp(new Api(port), jdbc);
        referralId = setUp.referredToTheShelter("immediate");
    }

    @Test
    void theSenderSeesEveryStepWithItsTimeAndTheProvidersFeedback() {
        assertThat(setUp.move(setUp.shelterStaff, referralId, "accept", Map.of())
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("accepted");
        assertThat(setUp.move(setUp.shelterStaff, referralId, "start", Map.of()).status())
                .isEqualTo(200);
        assertThat(setUp.move(setUp.shelterStaff, referralId, "complete", Map.of("feedback", "Back at school."))
                        .status())
                .isEqualTo(200);

        JsonNode referral = setUp.view(setUp.caseWorker, referralId).json();

        assertThat(referral.get("state").asString()).isEqualTo("completed");
        for (String time : new String[] {"sentAt", "acceptedAt", "startedAt", "completedAt"}) {
            assertThat(referral.get(time).isNull()).as(time).isFalse();
        }
        assertThat(referral.get("providerFeedback").asString()).isEqualTo("Back at school.");
        assertThat(referral.get("overdue").asBoolean()).isFalse();
        assertThat(referral.get("timeline").findValuesAsString("toState"))
                .containsExactly("sent", "accepted", "started", "completed");
        assertThat(setUp.api
                        .get("/api/v1/audit/entries?subjectId=" + referralId, setUp.api.adminToken())
                        .json()
                        .findValuesAsString("action"))
                .contains("referral.accepted", "referral.started", "referral.completed");
    }

    @Test
    void aSentReferralShowsItsDueTimeAndIsListedForTheReceiver() {
        JsonNode referral = setUp.view(setUp.caseWorker, referralId).json();

        assertThat(referral.get("state").asString()).isEqualTo("sent");
        assertThat(referral.get("dueAt").isNull()).isFalse();
        assertThat(referral.get("overdue").asBoolean()).isFalse();
        assertThat(setUp.api
                        .get("/api/v1/referrals?side=incoming&state=sent", setUp.shelterStaff.token())
                        .json()
                        .findValuesAsString("id"))
                .contains(referralId);
        assertThat(setUp.api
                        .get("/api/v1/cases/" + setUp.caseId + "/referrals", setUp.caseWorker.token())
                        .json()
                        .findValuesAsString("id"))
                .containsExactly(referralId);
    }

    @Test
    void aMoveTheStateDoesNotAllowIsAConflict() {
        Api.Response refused = setUp.move(setUp.shelterStaff, referralId, "start", Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("referral-state-forbids");
    }

    @Test
    void completingNeedsFeedbackAndDecliningAKnownReason() {
        setUp.move(setUp.shelterStaff, referralId, "accept", Map.of());
        setUp.move(setUp.shelterStaff, referralId, "start", Map.of());

        assertThat(setUp.move(setUp.shelterStaff, referralId, "complete", Map.of("feedback", " "))
                        .status())
                .isEqualTo(400);
        assertThat(setUp.move(setUp.shelterStaff, referralId, "decline", Map.of("reason", "bored"))
                        .json()
                        .toString())
                .contains("referral-decline-reason-invalid");
    }

    @Test
    void theSenderCancelsSayingWhy() {
        Api.Response cancelled =
                setUp.move(setUp.caseWorker, referralId, "cancel", Map.of("reason", "Her aunt took her in."));

        assertThat(cancelled.json().get("state").asString()).isEqualTo("cancelled");
        JsonNode referral = setUp.view(setUp.shelterStaff, referralId).json();
        assertThat(referral.get("cancelReason").asString()).isEqualTo("Her aunt took her in.");
        assertThat(referral.has("shared")).isFalse();
    }

    @Test
    void closingTheCaseCancelsItsOpenReferrals() {
        setUp.move(setUp.shelterStaff, referralId, "accept", Map.of());
        String path = "/api/v1/cases/" + setUp.caseId;
        assertThat(setUp.api
                        .postJson(
                                path + "/closure",
                                setUp.caseWorker.token(),
                                Map.of("reason", "reunified_with_family", "note", "With her aunt."))
                        .status())
                .isEqualTo(200);
        assertThat(setUp.api
                        .postJson(path + "/closure/approval", setUp.supervisor.token(), Map.of())
                        .status())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> setUp.view(setUp.shelterStaff, referralId)
                        .json()
                        .get("state")
                        .asString()
                        .equals("cancelled"));
        JsonNode referral = setUp.view(setUp.shelterStaff, referralId).json();
        assertThat(referral.has("shared")).isFalse();
        assertThat(referral.get("timeline").findValuesAsString("reasonCode")).contains("case_closed");
    }
}
