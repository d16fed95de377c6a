package org.protego.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A child's request to be contacted reaches the case page of the case's workers, and nobody else's. */
@ProtegoTest
class FeedbackCaseSectionTest {

    static final Pattern CODE = Pattern.compile("id=\"feedback-code\" dir=\"ltr\">([0-9A-Z-]{14})<");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    ReferralRows.Loop loop;
    String casePage;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        loop = ReferralRows.loop(api, jdbc, "completed");
        casePage = "/staff/cases/" + loop.caseId();
    }

    @Test
    void theCaseWorkerIssuesACodeOnTheCasePageAndSeesItOnce() {
        Api worker = signedIn(loop.caseWorker());
        assertThat(worker.get(casePage, null).body())
                .contains("id=\"children-feedback\"", "issue-code-" + loop.referralId());

        Api.Response issued = worker.postForm(
                casePage,
                casePage + "/feedback-codes",
                Map.of("referral", loop.referralId().toString()));

        assertThat(issued.status()).isEqualTo(302);
        Api.Response shown = worker.get(casePage + "/feedback-code", null);
        Matcher code = CODE.matcher(shown.body());
        assertThat(code.find()).isTrue();
        assertThat(jdbc.sql("select code_hash from feedback_code where referral_id = :referral")
                        .param("referral", loop.referralId())
                        .query(String.class)
                        .single())
                .isEqualTo(FeedbackCode.hashOf(code.group(1)));
        Api.Response again = worker.get(casePage + "/feedback-code", null);
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.header("Location")).endsWith(casePage);
    }

    @Test
    void theChildsContactRequestIsShownToTheCaseWorkerWhoMarksItHandled() {
        childAsksToBeContacted();
        Api worker = signedIn(loop.caseWorker());

        String page = worker.get(casePage, null).body();

        assertThat(page).contains("Please call me about the shelter.", "Very well");
        UUID requestId = requestId();
        Api.Response handled =
                worker.postForm(casePage, casePage + "/feedback-requests/" + requestId + "/handled", Map.of());
        assertThat(handled.status()).isEqualTo(302);
        assertThat(worker.get(casePage, null).body()).doesNotContain("handled-" + requestId);
        assertThat(jdbc.sql("select handled_by from feedback_contact_request where id = :id")
                        .param("id", requestId)
                        .query(String.class)
                        .single())
                .isEqualTo(loop.caseWorker().username());
    }

    @Test
    void anotherTeamNeitherSeesNorHandlesTheRequest() {
        childAsksToBeContacted();
        Api otherTeam = signedIn(api.createUserInTeam(loop.sender(), "south", "CASE_WORKER"));

        assertThat(otherTeam.get(casePage, null).body()).doesNotContain("Please call me about the shelter.");
        UUID requestId = requestId();
        otherTeam.postForm("/staff/cases", casePage + "/feedback-requests/" + requestId + "/handled", Map.of());

        assertThat(jdbc.sql("select handled_at is null from feedback_contact_request where id = :id")
                        .param("id", requestId)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void withoutAContactRequestTheSectionSaysSo() {
        assertThat(signedIn(loop.caseWorker()).get(casePage, null).body()).contains("id=\"feedback-no-requests\"");
    }

    private void childAsksToBeContacted() {
        String code = api.postJson(
                        "/api/v1/referrals/" + loop.referralId() + "/feedback-code",
                        loop.caseWorker().token(),
                        Map.of())
                .json()
                .get("code")
                .asString();
        Api child = new Api(port);
        child.postForm(
                "/feedback",
                "/feedback/answers",
                Map.of(
                        "code", code,
                        "treated", "5",
                        "comment", "Please call me about the shelter.",
                        "contact", "yes"));
    }

    private UUID requestId() {
        return jdbc.sql("select id from feedback_contact_request where case_id = :case")
                .param("case", loop.caseId())
                .query(UUID.class)
                .single();
    }

    private Api signedIn(Api.StaffUser user) {
        Api browser = new Api(port);
        browser.signIn(user);
        return browser;
    }
}
