package org.protego.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** What children said reaches the service and the referring supervisors only as figures of a big enough group. */
@ProtegoTest
class FeedbackAggregatesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Answers answers;

    @Autowired
    TransactionTemplate transactions;

    Api api;
    ReferralRows.Loop loop;
    UUID senderId;
    UUID providerId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        loop = ReferralRows.loop(api, jdbc, "completed");
        senderId = ReferralRows.organisationId(jdbc, loop.sender());
        providerId = ReferralRows.organisationId(jdbc, loop.providerOrganisation());
    }

    @Test
    void belowFiveAnswersTheServiceSeesNothingNotEvenTheCount() {
        answer(4, senderId);

        JsonNode figures = figures(loop.provider());

        assertThat(figures.get("shown").asBoolean()).isFalse();
        assertThat(figures.get("answers").isNull()).isTrue();
        assertThat(figures.get("questions").isEmpty()).isTrue();
        assertThat(figures.get("comments").isEmpty()).isTrue();
    }

    @Test
    void atFiveAnswersTheServiceSeesCountsAndAveragesButNoComments() {
        answer(5, senderId);

        JsonNode figures = figures(loop.provider());

        assertThat(figures.get("shown").asBoolean()).isTrue();
        assertThat(figures.get("answers").asInt()).isEqualTo(5);
        assertThat(figures.get("questions").get("treated").get("average").asDouble())
                .isEqualTo(4.0);
        assertThat(figures.get("recommend").get("yes").asInt()).isEqualTo(5);
        assertThat(figures.get("comments").isEmpty()).isTrue();
    }

    @Test
    void aboveFiveAnswersCommentsAreShownWithoutDates() {
        answer(6, senderId);

        JsonNode figures = figures(loop.provider());

        assertThat(figures.get("comments")).hasSize(6);
        assertThat(figures.get("comments").get(0).asString()).startsWith("It was good ");
    }

    @Test
    void anotherProvidersStaffAreToldTheServiceDoesNotExist() {
        answer(6, senderId);
        Api.StaffUser otherProvider =
                api.createUser("shelter-" + UUID.randomUUID().toString().substring(0, 8), "SERVICE_PROVIDER");

        Api.Response refused = api.get(path(), otherProvider.token());

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().get("code").asString()).isEqualTo("feedback-service-not-found");
    }

    @Test
    void aReferringSupervisorSeesOnlyTheAnswersOfItsOwnReferrals() {
        answer(5, senderId);
        String elsewhere = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(elsewhere, "CASE_WORKER");
        answer(3, ReferralRows.organisationId(jdbc, elsewhere));
        Api.StaffUser supervisor = api.createUserInTeam(loop.sender(), "north", "SUPERVISOR");

        JsonNode figures = figures(supervisor);

        assertThat(figures.get("scope").asString()).isEqualTo("own-referrals");
        assertThat(figures.get("answers").asInt()).isEqualTo(5);
        assertThat(figures(loop.provider()).get("answers").asInt()).isEqualTo(8);
    }

    @Test
    void aSupervisorWhoseOrganisationNeverReferredThereIsToldTheServiceDoesNotExist() {
        answer(6, senderId);
        Api.StaffUser stranger =
                api.createUser("ngo-" + UUID.randomUUID().toString().substring(0, 8), "SUPERVISOR");

        assertThat(api.get(path(), stranger.token()).status()).isEqualTo(404);
    }

    @Test
    void aCaseWorkerMayNotReadFigures() {
        assertThat(api.get(path(), loop.caseWorker().token()).status()).isEqualTo(403);
    }

    @Test
    void theServicePageSaysThereAreTooFewAnswers() {
        answer(2, senderId);
        Api browser = new Api(port);
        browser.signIn(loop.provider());

        assertThat(browser.get("/staff/feedback", null).body())
                .contains(loop.serviceId().toString());
        assertThat(browser.get("/staff/feedback/services/" + loop.serviceId(), null)
                        .body())
                .contains("id=\"feedback-too-few\"")
                .doesNotContain("It was good");
    }

    private void answer(int count, UUID sender) {
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                answers.insert(
                        loop.serviceId(),
                        providerId,
                        sender,
                        LocalDate.now(),
                        "en",
                        new ChildAnswers(4, 5, 3, "yes", "It was good " + i, false));
            }
        });
    }

    private JsonNode figures(Api.StaffUser user) {
        Api.Response response = api.get(path(), user.token());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String path() {
        return "/api/v1/feedback/services/" + loop.serviceId();
    }
}
