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

/** A case is closed only when a second person, a supervisor of the case, approves; it can be reopened. */
@ProtegoTest
class ClosureApiTest {

    @LocalServerPort
    int port;

    Api api;
    String organisation;
    Api.StaffUser caseWorker;
    Api.StaffUser supervisor;
    String caseId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organisation = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        caseWorker = api.createUserInTeam(organisation, "north", "CASE_WORKER");
        supervisor = api.createUserInTeam(organisation, "north", "SUPERVISOR");
        caseId = CaseFixtures.registeredCase(api, caseWorker, "Malee", "Srisuk");
    }

    @Test
    void aSupervisorApprovesTheClosureACaseWorkerAskedFor() {
        Api.Response requested =
                requestClosure(caseWorker, "reunified_with_family", "Back with her aunt in Chiang Mai.");
        assertThat(requested.status()).isEqualTo(200);
        assertThat(requested.json().get("state").asString()).isEqualTo("closure_requested");
        assertThat(requested.header("ETag"))
                .isEqualTo("\"" + requested.json().get("version").asLong() + "\"");

        Api.Response approved = api.postJson(path("/closure/approval"), supervisor.token(), Map.of());

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("closed");
        assertThat(state(caseWorker)).isEqualTo("closed");
        JsonNode closure = api.get(path("/closures"), caseWorker.token()).json().get(0);
        assertThat(closure.get("reason").asString()).isEqualTo("reunified_with_family");
        assertThat(closure.get("note").asString()).isEqualTo("Back with her aunt in Chiang Mai.");
        assertThat(closure.get("decision").asString()).isEqualTo("approved");
        assertThat(closure.get("decidedBy").asString()).isEqualTo(supervisor.username());
    }

    @Test
    void aCaseWorkerCannotApproveAClosure() {
        requestClosure(caseWorker, "safe_and_stable", null);
        Api.StaffUser colleague = api.createUserInTeam(organisation, "north", "CASE_WORKER");

        Api.Response refused = api.postJson(path("/closure/approval"), colleague.token(), Map.of());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(state(caseWorker)).isEqualTo("closure_requested");
    }

    @Test
    void whoeverAskedToCloseCannotApproveEvenAsSupervisor() {
        Api.StaffUser both = api.createUserInTeam(organisation, "north", "CASE_WORKER", "SUPERVISOR");
        requestClosure(both, "safe_and_stable", null);

        Api.Response refused = api.postJson(path("/closure/approval"), both.token(), Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("case-closure-own-request");
        assertThat(state(caseWorker)).isEqualTo("closure_requested");
    }

    @Test
    void aSupervisorOfAnotherTeamCannotApprove() {
        requestClosure(caseWorker, "safe_and_stable", null);
        Api.StaffUser otherTeam = api.createUserInTeam(organisation, "south", "SUPERVISOR");

        Api.Response refused = api.postJson(path("/closure/approval"), otherTeam.token(), Map.of());

        assertThat(refused.status()).isEqualTo(404);
        assertThat(state(caseWorker)).isEqualTo("closure_requested");
    }

    @Test
    void aRefusedClosureLeavesTheCaseOpenWithTheReason() {
        requestClosure(caseWorker, "safe_and_stable", null);

        Api.Response refused = api.postJson(
                path("/closure/refusal"), supervisor.token(), Map.of("reason", "The trafficker is still at large."));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(state(caseWorker)).isEqualTo("open");
        JsonNode closure = api.get(path("/closures"), caseWorker.token()).json().get(0);
        assertThat(closure.get("decision").asString()).isEqualTo("refused");
        assertThat(closure.get("refusalReason").asString()).isEqualTo("The trafficker is still at large.");
    }

    @Test
    void aRefusalNeedsAReason() {
        requestClosure(caseWorker, "safe_and_stable", null);

        Api.Response refused = api.postJson(path("/closure/refusal"), supervisor.token(), Map.of("reason", " "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("case-reason-required");
        assertThat(state(caseWorker)).isEqualTo("closure_requested");
    }

    @Test
    void aReasonOffTheListIsRefused() {
        Api.Response refused = requestClosure(caseWorker, "bored", null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("case-closure-reason-invalid");
        assertThat(state(caseWorker)).isEqualTo("open");
    }

    @Test
    void anOtherReasonNeedsANote() {
        Api.Response refused = requestClosure(caseWorker, "other", null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("case-closure-note-required");
    }

    @Test
    void aClosedCaseIsReopenedAndKeepsItsClosureInTheHistory() {
        requestClosure(caseWorker, "safe_and_stable", null);
        api.postJson(path("/closure/approval"), supervisor.token(), Map.of());

        Api.Response reopened = api.postJson(
                path("/reopening"), caseWorker.token(), Map.of("reason", "She called the helpline again."));

        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.json().get("state").asString()).isEqualTo("open");
        JsonNode closure = api.get(path("/closures"), caseWorker.token()).json().get(0);
        assertThat(closure.get("decision").asString()).isEqualTo("approved");
        assertThat(closure.get("reopenedBy").asString()).isEqualTo(caseWorker.username());
        assertThat(closure.get("reopeningReason").asString()).isEqualTo("She called the helpline again.");
        JsonNode history = api.get(path("/history"), caseWorker.token()).json();
        assertThat(history.findValuesAsString("field")).contains("state", "closure.reason", "closure.reopeningReason");
    }

    @Test
    void anOpenCaseCannotBeReopened() {
        Api.Response refused = api.postJson(path("/reopening"), caseWorker.token(), Map.of("reason", "Again."));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("case-state-forbids");
    }

    @Test
    void anotherOrganisationCannotReopen() {
        requestClosure(caseWorker, "safe_and_stable", null);
        api.postJson(path("/closure/approval"), supervisor.token(), Map.of());
        Api.StaffUser stranger =
                api.createUserInTeam("ngo-" + UUID.randomUUID().toString().substring(0, 8), "north", "CASE_WORKER");

        Api.Response refused = api.postJson(path("/reopening"), stranger.token(), Map.of("reason", "Again."));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(state(caseWorker)).isEqualTo("closed");
    }

    @Test
    void aClosureRequestAgainstAnOldVersionIsRefused() {
        Api.Response refused = api.postJson(
                path("/closure"), caseWorker.token(), Map.of("reason", "safe_and_stable"), Map.of("If-Match", "\"0\""));

        assertThat(refused.status()).isEqualTo(412);
        assertThat(state(caseWorker)).isEqualTo("open");
    }

    @Test
    void everyStepIsAudited() {
        requestClosure(caseWorker, "safe_and_stable", null);
        api.postJson(path("/closure/approval"), supervisor.token(), Map.of());
        api.postJson(path("/reopening"), supervisor.token(), Map.of("reason", "New risk."));

        JsonNode entries = api.get("/api/v1/audit/entries?subjectId=" + caseId, api.adminToken())
                .json();

        assertThat(entries.findValuesAsString("action"))
                .contains("case.closure-requested", "case.closure-approved", "case.reopened");
    }

    private Api.Response requestClosure(Api.StaffUser who, String reason, String note) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("reason", reason);
        if (note != null) {
            body.put("note", note);
        }
        return api.postJson(path("/closure"), who.token(), body);
    }

    private String state(Api.StaffUser who) {
        return api.get("/api/v1/cases/" + caseId, who.token())
                .json()
                .get("state")
                .asString();
    }

    private String path(String rest) {
        return "/api/v1/cases/" + caseId + rest;
    }
}
