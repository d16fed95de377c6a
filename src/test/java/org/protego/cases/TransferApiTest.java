package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A case moves to another organisation only when it accepts; until then that organisation learns nothing about the
 * child, and afterwards the sender no longer sees the case.
 */
@ProtegoTest
class TransferApiTest {

    @LocalServerPort
    int port;

    Api api;
    String sender;
    String receiver;
    Api.StaffUser caseWorker;
    Api.StaffUser receivingWorker;
    String caseId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        sender = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        receiver = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        caseWorker = api.createUserInTeam(sender, "north", "CASE_WORKER");
        receivingWorker = api.createUserInTeam(receiver, "east", "CASE_WORKER");
        caseId = CaseFixtures.registeredCase(api, caseWorker, "Malee", "Srisuk");
    }

    @Test
    void theReceivingOrganisationSeesOnlyThatACaseIsOffered() {
        Api.Response requested = requestTransfer(receiver, "She moved to their district.");
        assertThat(requested.status()).isEqualTo(201);
        assertThat(state(caseWorker)).isEqualTo("transfer_pending");

        Api.Response incoming = api.get("/api/v1/cases/transfers/incoming", receivingWorker.token());

        assertThat(incoming.status()).isEqualTo(200);
        JsonNode offered = incoming.json().get(0);
        assertThat(offered.propertyNames())
                .containsExactlyInAnyOrder("transferId", "caseNumber", "fromOrganisation", "requestedAt", "reason");
        assertThat(offered.get("fromOrganisation").asString()).isEqualTo(sender);
        assertThat(offered.get("reason").asString()).isEqualTo("She moved to their district.");
        assertThat(incoming.body()).doesNotContain("Malee").doesNotContain("Srisuk");
    }

    @Test
    void aTransferWithoutTheChildsConsentToShareWithTheReceiverIsRefusedAndTheCaseStaysOpen() {
        recordSharingConsent("another organisation");

        Api.Response refused = requestTransferWithoutConsent(receiver, "She moved to their district.");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("case-consent-missing");
        assertThat(state(caseWorker)).isEqualTo("open");
        assertThat(api.get("/api/v1/cases/transfers/incoming", receivingWorker.token())
                        .json())
                .isEmpty();
    }

    @Test
    void theReceivingOrganisationCannotOpenTheCaseBeforeAccepting() {
        requestTransfer(receiver, "She moved to their district.");

        assertThat(api.get("/api/v1/cases/" + caseId, receivingWorker.token()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/cases/" + caseId + "/history", receivingWorker.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/cases/" + caseId + "/transfers", receivingWorker.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void acceptingMovesTheCaseToTheAcceptor() {
        requestTransfer(receiver, "She moved to their district.");
        String transferId = incomingTransferId(receivingWorker);

        Api.Response accepted = api.postJson(
                "/api/v1/cases/transfers/" + transferId + "/acceptance", receivingWorker.token(), Map.of());

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("state").asString()).isEqualTo("open");
        JsonNode view =
                api.get("/api/v1/cases/" + caseId, receivingWorker.token()).json();
        assertThat(view.get("child").get("givenName").asString()).isEqualTo("Malee");
        assertThat(view.get("assignedTo").asString()).isEqualTo(receivingWorker.username());
        assertThat(view.get("team").asString()).isEqualTo("east");
        assertThat(api.get("/api/v1/cases/" + caseId, caseWorker.token()).status())
                .isEqualTo(404);
    }

    @Test
    void anAcceptedCaseIsFoundByNameOnlyByItsNewOrganisation() {
        requestTransfer(receiver, "She moved to their district.");
        api.postJson(
                "/api/v1/cases/transfers/" + incomingTransferId(receivingWorker) + "/acceptance",
                receivingWorker.token(),
                Map.of());

        assertThat(api.get("/api/v1/cases/search?name=Malee%20Srisuk", receivingWorker.token())
                        .body())
                .contains(caseId);
        assertThat(api.get("/api/v1/cases/search?name=Malee%20Srisuk", caseWorker.token())
                        .body())
                .doesNotContain(caseId);
    }

    @Test
    void aThirdOrganisationCannotAccept() {
        requestTransfer(receiver, "She moved to their district.");
        String transferId = incomingTransferId(receivingWorker);
        Api.StaffUser stranger =
                api.createUserInTeam("ngo-" + UUID.randomUUID().toString().substring(0, 8), "west", "SUPERVISOR");

        Api.Response refused =
                api.postJson("/api/v1/cases/transfers/" + transferId + "/acceptance", stranger.token(), Map.of());

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).contains("case-transfer-not-found");
        assertThat(api.get("/api/v1/cases/transfers/incoming", stranger.token()).json())
                .isEmpty();
        assertThat(state(caseWorker)).isEqualTo("transfer_pending");
    }

    @Test
    void theSenderCannotAcceptItsOwnTransfer() {
        requestTransfer(receiver, "She moved to their district.");
        String transferId = incomingTransferId(receivingWorker);

        Api.Response refused =
                api.postJson("/api/v1/cases/transfers/" + transferId + "/acceptance", caseWorker.token(), Map.of());

        assertThat(refused.status()).isEqualTo(404);
    }

    @Test
    void aDeclinedTransferLeavesTheCaseOpenWithTheSender() {
        requestTransfer(receiver, "She moved to their district.");
        String transferId = incomingTransferId(receivingWorker);

        Api.Response declined = api.postJson(
                "/api/v1/cases/transfers/" + transferId + "/decline",
                receivingWorker.token(),
                Map.of("reason", "We have no shelter place for a girl of 14."));

        assertThat(declined.status()).isEqualTo(204);
        assertThat(state(caseWorker)).isEqualTo("open");
        assertThat(api.get("/api/v1/cases/" + caseId, receivingWorker.token()).status())
                .isEqualTo(404);
        JsonNode transfer = api.get("/api/v1/cases/" + caseId + "/transfers", caseWorker.token())
                .json()
                .get(0);
        assertThat(transfer.get("state").asString()).isEqualTo("declined");
        assertThat(transfer.get("declineReason").asString()).isEqualTo("We have no shelter place for a girl of 14.");
    }

    @Test
    void theSenderCancelsWhileItIsPending() {
        requestTransfer(receiver, "She moved to their district.");
        String transferId = incomingTransferId(receivingWorker);

        Api.Response cancelled =
                api.postJson("/api/v1/cases/" + caseId + "/transfer/cancellation", caseWorker.token(), Map.of());

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(state(caseWorker)).isEqualTo("open");
        assertThat(api.get("/api/v1/cases/transfers/incoming", receivingWorker.token())
                        .json())
                .isEmpty();
        assertThat(api.postJson(
                                "/api/v1/cases/transfers/" + transferId + "/acceptance",
                                receivingWorker.token(),
                                Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theReceivingOrganisationCannotCancel() {
        requestTransfer(receiver, "She moved to their district.");

        Api.Response refused =
                api.postJson("/api/v1/cases/" + caseId + "/transfer/cancellation", receivingWorker.token(), Map.of());

        assertThat(refused.status()).isEqualTo(404);
        assertThat(state(caseWorker)).isEqualTo("transfer_pending");
    }

    @Test
    void anUnknownOrganisationIsRefused() {
        Api.Response refused = requestTransfer("no-such-organisation-" + UUID.randomUUID(), "Moved.");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("case-transfer-organisation-unknown");
        assertThat(state(caseWorker)).isEqualTo("open");
    }

    @Test
    void theCaseCannotBeTransferredToItsOwnOrganisation() {
        Api.Response refused = requestTransfer(sender, "Moved.");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("case-transfer-same-organisation");
    }

    @Test
    void anotherOrganisationCannotAskToTransferTheCase() {
        Api.Response refused = api.postJson(
                "/api/v1/cases/" + caseId + "/transfer",
                receivingWorker.token(),
                Map.of("organisation", receiver, "reason", "Give it to us."));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(state(caseWorker)).isEqualTo("open");
    }

    @Test
    void aPendingTransferFreezesTheCase() {
        requestTransfer(receiver, "She moved to their district.");

        Api.Response refused = api.postJson(
                "/api/v1/cases/" + caseId + "/closure", caseWorker.token(), Map.of("reason", "safe_and_stable"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("case-state-forbids");
    }

    @Test
    void everyStepIsAudited() {
        requestTransfer(receiver, "She moved to their district.");
        api.postJson(
                "/api/v1/cases/transfers/" + incomingTransferId(receivingWorker) + "/acceptance",
                receivingWorker.token(),
                Map.of());

        JsonNode entries = api.get("/api/v1/audit/entries?subjectId=" + caseId, api.adminToken())
                .json();

        assertThat(entries.findValuesAsString("action")).contains("case.transfer-requested", "case.transfer-accepted");
    }

    private Api.Response requestTransfer(String organisation, String reason) {
        recordSharingConsent(organisation);
        return requestTransferWithoutConsent(organisation, reason);
    }

    private void recordSharingConsent(String organisation) {
        Api.Response consent = api.postJson(
                "/api/v1/cases/" + caseId + "/consents",
                caseWorker.token(),
                Map.of("purpose", "information_sharing", "givenBy", "child", "recipientOrganisation", organisation));
        assertThat(consent.status()).isEqualTo(201);
    }

    private Api.Response requestTransferWithoutConsent(String organisation, String reason) {
        return api.postJson(
                "/api/v1/cases/" + caseId + "/transfer",
                caseWorker.token(),
                Map.of("organisation", organisation, "reason", reason));
    }

    private String incomingTransferId(Api.StaffUser who) {
        return api.get("/api/v1/cases/transfers/incoming", who.token())
                .json()
                .get(0)
                .get("transferId")
                .asString();
    }

    private String state(Api.StaffUser who) {
        return api.get("/api/v1/cases/" + caseId, who.token())
                .json()
                .get("state")
                .asString();
    }
}
