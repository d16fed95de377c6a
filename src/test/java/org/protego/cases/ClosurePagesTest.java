package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** On the case page a case worker asks to close and a supervisor approves; transfers are answered on their own page. */
@ProtegoTest
class ClosurePagesTest {

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

    @Test
    void aSupervisorApprovesOnTheCasePageWhatACaseWorkerAskedFor() {
        Api worker = signedIn(caseWorker);
        assertThat(worker.get(casePage, null).body()).contains("id=\"closure\"", "request-closure");

        Api.Response asked = worker.postForm(
                casePage,
                casePage + "/closure",
                Map.of("version", "1", "reason", "safe_and_stable", "note", "Settled in school."));

        assertThat(asked.status()).isEqualTo(302);
        assertThat(worker.get(casePage, null).body()).doesNotContain("approve-closure");
        Api supervisor = signedIn(api.createUserInTeam(organisation, "north", "SUPERVISOR"));
        String page = supervisor.get(casePage, null).body();
        assertThat(page).contains("approve-closure", "Settled in school.");

        Api.Response approved = supervisor.postForm(casePage, casePage + "/closure/approval", Map.of("version", "2"));

        assertThat(approved.status()).isEqualTo(302);
        assertThat(state()).isEqualTo("closed");
        assertThat(supervisor.get(casePage, null).body()).contains("reopen-case");
    }

    @Test
    void aRefusedFormComesBackWithWhatIsWrong() {
        Api worker = signedIn(caseWorker);

        Api.Response refused = worker.postForm(
                casePage,
                casePage + "/closure",
                Map.of("version", "1", "reason", "other", "formName", "closure-request"));

        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).endsWith(casePage);
        assertThat(worker.get(casePage, null).body()).contains("closure-note-problem");
        assertThat(state()).isEqualTo("open");
    }

    @Test
    void theReceivingOrganisationAcceptsOnItsTransfersPageAndThenSeesTheChild() {
        String receiver = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        Api.StaffUser receivingWorker = api.createUserInTeam(receiver, "east", "CASE_WORKER");
        api.postJson(
                "/api/v1/cases/" + caseId + "/consents",
                caseWorker.token(),
                Map.of("purpose", "information_sharing", "givenBy", "child", "recipientOrganisation", receiver));
        Api worker = signedIn(caseWorker);
        worker.postForm(
                casePage,
                casePage + "/transfer",
                Map.of("version", "2", "organisation", receiver, "reason", "She moved to their district."));
        Api receiving = signedIn(receivingWorker);

        String transfers = receiving.get("/staff/cases/transfers", null).body();

        assertThat(transfers)
                .contains("She moved to their district.", "accept-transfer")
                .doesNotContain("Malee");
        assertThat(receiving.get(casePage, null).status()).isEqualTo(404);
        String transferId = api.get("/api/v1/cases/transfers/incoming", receivingWorker.token())
                .json()
                .get(0)
                .get("transferId")
                .asString();

        Api.Response accepted = receiving.postForm(
                "/staff/cases/transfers", "/staff/cases/transfers/" + transferId + "/acceptance", Map.of());

        assertThat(accepted.header("Location")).endsWith(casePage);
        assertThat(receiving.get(casePage, null).body()).contains("Malee");
        assertThat(worker.get(casePage, null).status()).isEqualTo(404);
    }

    @Test
    void aThirdOrganisationsTransfersPageListsNothingAndItsAcceptIsRefused() {
        String receiver = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        Api.StaffUser receivingWorker = api.createUserInTeam(receiver, "east", "CASE_WORKER");
        api.postJson(
                "/api/v1/cases/" + caseId + "/consents",
                caseWorker.token(),
                Map.of("purpose", "information_sharing", "givenBy", "child", "recipientOrganisation", receiver));
        api.postJson(
                "/api/v1/cases/" + caseId + "/transfer",
                caseWorker.token(),
                Map.of("organisation", receiver, "reason", "She moved to their district."));
        String transferId = api.get("/api/v1/cases/transfers/incoming", receivingWorker.token())
                .json()
                .get(0)
                .get("transferId")
                .asString();
        Api stranger = signedIn(
                api.createUserInTeam("ngo-" + UUID.randomUUID().toString().substring(0, 8), "west", "SUPERVISOR"));

        assertThat(stranger.get("/staff/cases/transfers", null).body())
                .contains("no-transfers")
                .doesNotContain("She moved");
        Api.Response refused = stranger.postForm(
                "/staff/cases/transfers", "/staff/cases/transfers/" + transferId + "/acceptance", Map.of());

        assertThat(refused.header("Location")).endsWith("/staff/cases/transfers");
        assertThat(state()).isEqualTo("transfer_pending");
    }

    private Api signedIn(Api.StaffUser user) {
        Api browser = new Api(port);
        browser.signIn(user);
        return browser;
    }

    private String state() {
        return api.get("/api/v1/cases/" + caseId, caseWorker.token())
                .json()
                .get("state")
                .asString();
    }
}
