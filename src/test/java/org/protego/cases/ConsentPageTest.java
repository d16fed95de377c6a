package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The consents section of the case page: record and withdraw consents; only a supervisor sees the override form. */
@ProtegoTest
class ConsentPageTest {

    @LocalServerPort
    int port;

    Api api;
    String organisation;
    Api.StaffUser caseWorker;
    String caseId;
    String casePage;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organisation = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        caseWorker = api.createUserInTeam(organisation, "north", "CASE_WORKER");
        caseId = CaseFixtures.registeredCase(api, caseWorker, "Malee", "Srisuk");
        casePage = "/staff/cases/" + caseId;
    }

    private Api signedIn(Api.StaffUser user) {
        Api browser = new Api(port);
        browser.signIn(user);
        return browser;
    }

    @Test
    void aCaseWorkerRecordsAConsentForServicesAndSeesItInForce() {
        Api browser = signedIn(caseWorker);

        Api.Response saved = browser.postForm(
                casePage,
                casePage + "/consents",
                Map.of("version", "1", "purpose", "services", "givenBy", "child", "expiresOn", ""));

        assertThat(saved.header("Location")).endsWith(casePage);
        String page = browser.get(casePage, null).body();
        assertThat(page).contains("id=\"consent-table\"").contains("Services").contains("in force");
        assertThat(page).doesNotContain("id=\"override-consent\"");
    }

    @Test
    void aRefusedConsentReturnsToTheCasePageWithTheReason() {
        Api browser = signedIn(caseWorker);

        Api.Response refused = browser.postForm(
                casePage,
                casePage + "/consents",
                Map.of("version", "1", "purpose", "information_sharing", "givenBy", "child"));

        assertThat(refused.header("Location")).endsWith(casePage);
        assertThat(browser.get(casePage, null).body())
                .contains("id=\"problems\"")
                .contains("Name the organisation the information is shared with.")
                .contains("id=\"consents-none\"");
    }

    @Test
    void aCaseWorkerWithdrawsAConsentOnThePage() {
        String consentId = api.postJson(
                        "/api/v1/cases/" + caseId + "/consents",
                        caseWorker.token(),
                        Map.of("purpose", "statistics", "givenBy", "child"))
                .json()
                .get("id")
                .asString();
        Api browser = signedIn(caseWorker);

        browser.postForm(casePage, casePage + "/consents/" + consentId + "/withdrawal", Map.of("version", "2"));

        assertThat(browser.get(casePage, null).body()).contains("withdrawn by " + caseWorker.username());
    }

    @Test
    void theSupervisorOverridesOnThePageAndTheCaseShowsTheFlag() {
        Api browser = signedIn(api.createUserInTeam(organisation, "north", "SUPERVISOR"));
        assertThat(browser.get(casePage, null).body())
                .contains("id=\"override-consent\"")
                .doesNotContain("id=\"consent-overridden\"");

        browser.postForm(
                casePage,
                casePage + "/consent-overrides",
                Map.of(
                        "version",
                        "1",
                        "purpose",
                        "services",
                        "recipientOrganisation",
                        "",
                        "reason",
                        "The child needs medical care now and cannot be asked."));

        assertThat(browser.get(casePage, null).body())
                .contains("id=\"consent-overridden\"")
                .contains("The child needs medical care now and cannot be asked.");
    }

    @Test
    void aCaseWorkersOverrideFromThePageIsRefused() {
        Api browser = signedIn(caseWorker);

        Api.Response refused = browser.postForm(
                casePage,
                casePage + "/consent-overrides",
                Map.of("version", "1", "purpose", "services", "reason", "The child needs medical care now."));

        assertThat(refused.status()).isIn(302, 403);
        assertThat(browser.get(casePage, null).body()).doesNotContain("id=\"consent-overridden\"");
    }
}
