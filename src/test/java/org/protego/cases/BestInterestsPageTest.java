package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The best-interests section of the case page, used the way a signed-in case worker and supervisor use it. */
@ProtegoTest
class BestInterestsPageTest {

    @LocalServerPort
    int port;

    Api api;
    String organisation;
    Api.StaffUser caseWorker;
    String caseId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organisation = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        caseWorker = api.createUserInTeam(organisation, "north", "CASE_WORKER");
        caseId = CaseFixtures.registeredCase(api, caseWorker, "Mariama", "Barry");
    }

    @Test
    void aCaseWorkerWritesTheAssessmentOnTheCasePageAndReadsItThere() {
        Api browser = signedIn(caseWorker);

        Api.Response written = browser.postForm(
                page(),
                page() + "/assessments",
                Map.of("version", "1", "safety", "Safe at the shelter.", "viewsAndWishes", "Wants to see her sister."));

        assertThat(written.status()).isEqualTo(302);
        assertThat(written.header("Location")).endsWith(page() + "#best-interests");
        String shown = browser.get(page(), null).body();
        assertThat(shown).contains("id=\"assessment-1\"", "Safe at the shelter.", "Wants to see her sister.");
        assertThat(shown).contains("id=\"determination-form\"");
    }

    @Test
    void anEmptyAssessmentComesBackToTheCasePageWithWhatIsWrong() {
        Api browser = signedIn(caseWorker);

        Api.Response refused = browser.postForm(page(), page() + "/assessments", Map.of("version", "1", "safety", ""));

        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).endsWith(page());
        assertThat(browser.get(page(), null).body())
                .contains("Write at least one section of the assessment.")
                .contains("id=\"no-assessment\"");
    }

    @Test
    void aSupervisorOfAnotherTeamRecordsAViewAndTheDecisionOnTheCasePageWhileTheCaseWorkerHasNoPanelForm() {
        String determination = determinationRequested();
        Api.StaffUser first = api.createUserInTeam(organisation, "south", "SUPERVISOR");
        Api.StaffUser second = api.createUserInTeam(organisation, "east", "SUPERVISOR");
        Api firstBrowser = signedIn(first);
        String panelPage = firstBrowser.get(page(), null).body();
        assertThat(panelPage).contains("class=\"view-form\"", "Should Mariama return to Conakry?");

        Api.Response viewed = firstBrowser.postForm(
                page(),
                page() + "/determinations/" + determination + "/views",
                Map.of("version", version(), "position", "oppose", "reasoning", "The family has not been traced."));
        api.postJson(
                "/api/v1/cases/" + caseId + "/determinations/" + determination + "/views",
                second.token(),
                Map.of("position", "oppose", "reasoning", "No safe carer yet."));
        Api.Response decided = firstBrowser.postForm(
                page(),
                page() + "/determinations/" + determination + "/decision",
                Map.of("version", version(), "decision", "not_approved", "outcome", "Stays in foster care for now."));

        assertThat(viewed.status()).isEqualTo(302);
        assertThat(decided.status()).isEqualTo(302);
        String caseWorkerPage = signedIn(caseWorker).get(page(), null).body();
        assertThat(caseWorkerPage)
                .contains("The family has not been traced.", "Stays in foster care for now.", "not approved")
                .doesNotContain("class=\"view-form\"", "class=\"decision-form\"");
    }

    @Test
    void aSupervisorOfAnotherOrganisationGetsNoCasePageEvenWhileADeterminationWaits() {
        determinationRequested();
        Api.StaffUser outsider =
                api.createUserInTeam("ngo-" + UUID.randomUUID().toString().substring(0, 8), "south", "SUPERVISOR");

        assertThat(signedIn(outsider).get(page(), null).status()).isEqualTo(404);
    }

    private String determinationRequested() {
        api.postJson("/api/v1/cases/" + caseId + "/assessments", caseWorker.token(), Map.of("safety", "Safe."));
        Api.Response requested = api.postJson(
                "/api/v1/cases/" + caseId + "/determinations",
                caseWorker.token(),
                Map.of("decisionType", "return", "question", "Should Mariama return to Conakry?"));
        return requested.json().get("id").asString();
    }

    private String version() {
        return api.get("/api/v1/cases/" + caseId, caseWorker.token())
                .json()
                .get("version")
                .asString();
    }

    private Api signedIn(Api.StaffUser user) {
        Api browser = new Api(port);
        browser.signIn(user);
        return browser;
    }

    private String page() {
        return "/staff/cases/" + caseId;
    }
}
