package org.protego.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Need to know: each side sees what it needs while it needs it, and everyone else is told nothing exists. */
@ProtegoTest
class ReferralAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ReferralSetUp setUp;
    String referralId;

    @BeforeEach
    void setUp() {
        setUp = new ReferralSetUp(new Api(port), jdbc);
        referralId = setUp.referredToTheShelter("high");
    }

    @Test
    void theReceiverSeesTheReasonAndOnlyTheSharedFieldsWhileTheReferralIsOpenAndTheReadIsAudited() {
        JsonNode referral = setUp.view(setUp.shelterStaff, referralId).json();

        assertThat(referral.get("side").asString()).isEqualTo("receiving");
        assertThat(referral.get("reason").asString()).isEqualTo("She needs a safe place to stay tonight.");
        JsonNode shared = referral.get("shared");
        assertThat(shared.get("givenName").asString()).isEqualTo("Malee");
        assertThat(shared.get("age").asInt()).isEqualTo(14);
        assertThat(shared.get("languages").toString()).contains("th");
        assertThat(shared.has("familyName")).isFalse();
        assertThat(referral.toString()).doesNotContain("Srisuk");
        assertThat(referral.has("caseNumber")).isFalse();
        assertThat(setUp.api
                        .get("/api/v1/audit/entries?subjectId=" + referralId, setUp.api.adminToken())
                        .json()
                        .findValuesAsString("action"))
                .contains("referral.sent", "referral.shared-viewed");
    }

    @Test
    void onceCompletedTheReceiverSeesTheStateAndTimesButNoLongerTheSharedValues() {
        setUp.move(setUp.shelterStaff, referralId, "accept", Map.of());
        setUp.move(setUp.shelterStaff, referralId, "start", Map.of());
        setUp.move(setUp.shelterStaff, referralId, "complete", Map.of("feedback", "Stayed two weeks."));

        JsonNode referral = setUp.view(setUp.shelterStaff, referralId).json();

        assertThat(referral.get("state").asString()).isEqualTo("completed");
        assertThat(referral.get("completedAt").isNull()).isFalse();
        assertThat(referral.has("shared")).isFalse();
        assertThat(referral.has("reason")).isFalse();
        assertThat(referral.toString()).doesNotContain("Malee");
        assertThat(jdbc.sql("select count(*) from referrals_referral where id = cast(:id as uuid)"
                                + " and shared_encrypted is null and reason_encrypted is null")
                        .param("id", referralId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void onceDeclinedTheSharedValuesAreGoneForBothSides() {
        setUp.move(setUp.shelterStaff, referralId, "decline", Map.of("reason", "no_capacity"));

        assertThat(setUp.view(setUp.shelterStaff, referralId).json().has("shared"))
                .isFalse();
        assertThat(setUp.view(setUp.caseWorker, referralId)
                        .json()
                        .get("declineReason")
                        .asString())
                .isEqualTo("no_capacity");
    }

    @Test
    void anotherServiceProviderGets404ForEveryRead() {
        Api.StaffUser otherProvider = setUp.api.createUser(setUp.shelterOrganisation + " other", "SERVICE_PROVIDER");

        assertThat(setUp.view(otherProvider, referralId).status()).isEqualTo(404);
        assertThat(setUp.move(otherProvider, referralId, "accept", Map.of()).status())
                .isEqualTo(404);
        assertThat(setUp.api
                        .get("/api/v1/referrals?side=incoming", otherProvider.token())
                        .json()
                        .findValuesAsString("id"))
                .doesNotContain(referralId);
    }

    @Test
    void theSendersCaseWorkerCannotAnswerForTheService() {
        assertThat(setUp.move(setUp.caseWorker, referralId, "accept", Map.of()).status())
                .isEqualTo(404);
        assertThat(setUp.move(setUp.caseWorker, referralId, "complete", Map.of("feedback", "done"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theServiceCannotCancelForTheSender() {
        assertThat(setUp.move(setUp.shelterStaff, referralId, "cancel", Map.of("reason", "no"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anAnalystGets404() {
        Api.StaffUser analyst = setUp.api.createUser(setUp.organisation, "ANALYST");

        assertThat(setUp.view(analyst, referralId).status()).isEqualTo(404);
        assertThat(setUp.move(analyst, referralId, "accept", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void theTeamsSupervisorSeesTheReferralWithTheCaseNumber() {
        JsonNode referral = setUp.view(setUp.supervisor, referralId).json();

        assertThat(referral.get("side").asString()).isEqualTo("sending");
        assertThat(referral.get("caseNumber").asString()).startsWith("C-");
        assertThat(setUp.api
                        .get("/api/v1/referrals?side=outgoing", setUp.supervisor.token())
                        .json()
                        .findValuesAsString("id"))
                .contains(referralId);
    }

    @Test
    void aCaseWorkerOfAnotherTeamOrOrganisationGets404() {
        Api.StaffUser otherTeam = setUp.api.createUserInTeam(setUp.organisation, "south", "CASE_WORKER");
        Api.StaffUser otherOrganisation = setUp.api.createUserInTeam(setUp.organisation + "-b", "north", "CASE_WORKER");

        assertThat(setUp.view(otherTeam, referralId).status()).isEqualTo(404);
        assertThat(setUp.view(otherOrganisation, referralId).status()).isEqualTo(404);
        assertThat(setUp.api
                        .get("/api/v1/referrals?side=outgoing", otherTeam.token())
                        .json()
                        .findValuesAsString("id"))
                .doesNotContain(referralId);
        assertThat(setUp.api
                        .get("/api/v1/cases/" + setUp.caseId + "/referrals", otherTeam.token())
                        .status())
                .isEqualTo(404);
    }
}
