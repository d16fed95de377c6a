package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A case worker keeps a child's care plan; only those who may see the case read or change it. */
@ProtegoTest
class CarePlanApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String organisation;
    Api.StaffUser caseWorker;
    String caseId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organisation = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        caseWorker = api.createUserInTeam(organisation, "north", "CASE_WORKER");
        caseId = CaseFixtures.registeredCase(api, caseWorker, "Malee", "Srisuk");
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    Api.Response addItem(Api.StaffUser who, Map<String, Object> item) {
        return api.postJson("/api/v1/cases/" + caseId + "/care-plan", who.token(), item);
    }

    static Map<String, Object> counselling(LocalDate dueOn) {
        return Map.of(
                "kind",
                "planned_service",
                "description",
                "Weekly counselling for Malee at the shelter",
                "responsible",
                "Safe House Foundation",
                "dueOn",
                dueOn.toString());
    }

    @Test
    void anItemIsAddedAsANewVersionOfTheCaseAndReadBackWithItsDueDate() {
        Api.Response added = addItem(caseWorker, counselling(today().plusDays(14)));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.header("ETag")).isEqualTo("\"2\"");
        assertThat(added.json().get("status").asString()).isEqualTo("open");
        Api.Response read = api.get("/api/v1/cases/" + caseId + "/care-plan", caseWorker.token());
        assertThat(read.header("ETag")).isEqualTo("\"2\"");
        JsonNode item = read.json().get("items").get(0);
        assertThat(item.get("kind").asString()).isEqualTo("planned_service");
        assertThat(item.get("description").asString()).isEqualTo("Weekly counselling for Malee at the shelter");
        assertThat(item.get("responsible").asString()).isEqualTo("Safe House Foundation");
        assertThat(item.get("dueOn").asString()).isEqualTo(today().plusDays(14).toString());
        assertThat(item.get("overdue").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/cases/" + caseId + "/history", caseWorker.token())
                        .json()
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("carePlan.item");
    }

    @Test
    void whatAnItemSaysIsEncryptedAtRest() {
        String itemId = addItem(caseWorker, counselling(today().plusDays(14)))
                .json()
                .get("id")
                .asString();

        String stored = jdbc.sql("select description_encrypted from case_care_plan_item where id = :id")
                .param("id", UUID.fromString(itemId))
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain("Malee").doesNotContain("counselling");
    }

    @Test
    void anItemAddedAgainstAStaleVersionIsRefusedAndNotStored() {
        addItem(caseWorker, counselling(today().plusDays(7)));

        Api.Response stale = api.postJson(
                "/api/v1/cases/" + caseId + "/care-plan",
                caseWorker.token(),
                counselling(today().plusDays(9)),
                Map.of("If-Match", "\"1\""));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("changedSince").get(0).get("field").asString())
                .isEqualTo("carePlan.item");
        assertThat(api.get("/api/v1/cases/" + caseId + "/care-plan", caseWorker.token())
                        .json()
                        .get("items")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void aDueDateThatHasPassedAndAnUnknownKindAreRefusedFieldByField() {
        Api.Response refused = addItem(
                caseWorker,
                Map.of(
                        "kind",
                        "wish",
                        "description",
                        "School",
                        "dueOn",
                        today().minusDays(1).toString()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("case-care-plan-kind-invalid", "case-care-plan-due-invalid");
    }

    @Test
    void anOpenItemPastItsDueDateIsOverdue() {
        String itemId =
                addItem(caseWorker, counselling(today())).json().get("id").asString();
        backdate(itemId, today().minusDays(3));

        JsonNode item = api.get("/api/v1/cases/" + caseId + "/care-plan", caseWorker.token())
                .json()
                .get("items")
                .get(0);

        assertThat(item.get("overdue").asBoolean()).isTrue();
    }

    @Test
    void anItemIsCancelledWithAReasonAndOpenedAgain() {
        String itemId = addItem(caseWorker, counselling(today().plusDays(3)))
                .json()
                .get("id")
                .asString();
        String status = "/api/v1/cases/" + caseId + "/care-plan/" + itemId + "/status";

        assertThat(api.postJson(status, caseWorker.token(), Map.of("status", "cancelled"))
                        .status())
                .isEqualTo(400);
        Api.Response cancelled = api.postJson(
                status,
                caseWorker.token(),
                Map.of("status", "cancelled", "reason", "The shelter offers it"),
                Map.of("If-Match", "\"2\""));
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.header("ETag")).isEqualTo("\"3\"");
        assertThat(cancelled.json().get("reason").asString()).isEqualTo("The shelter offers it");
        assertThat(api.postJson(status, caseWorker.token(), Map.of("status", "done"))
                        .status())
                .isEqualTo(409);
        Api.Response reopened = api.postJson(status, caseWorker.token(), Map.of("status", "open"));
        assertThat(reopened.json().get("status").asString()).isEqualTo("open");
        assertThat(reopened.json().get("reason").isNull()).isTrue();
    }

    @Test
    void anItemOfAnotherCaseIsNotFound() {
        String otherCase = CaseFixtures.registeredCase(api, caseWorker, "Nok", "Kaew");
        String itemId = addItem(caseWorker, counselling(today().plusDays(3)))
                .json()
                .get("id")
                .asString();

        assertThat(api.postJson(
                                "/api/v1/cases/" + otherCase + "/care-plan/" + itemId + "/status",
                                caseWorker.token(),
                                Map.of("status", "done"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theTeamsCaseWorkerAndSupervisorReadTheCarePlanAndChangeIt() {
        Api.StaffUser colleague = api.createUserInTeam(organisation, "north", "CASE_WORKER");
        Api.StaffUser supervisor = api.createUserInTeam(organisation, "north", "SUPERVISOR");

        assertThat(addItem(colleague, counselling(today().plusDays(3))).status())
                .isEqualTo(201);
        assertThat(api.get("/api/v1/cases/" + caseId + "/care-plan", supervisor.token())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aCaseWorkerOfAnotherTeamNeitherReadsNorChangesTheCarePlan() {
        Api.StaffUser otherTeam = api.createUserInTeam(organisation, "south", "CASE_WORKER");

        assertThat(api.get("/api/v1/cases/" + caseId + "/care-plan", otherTeam.token())
                        .status())
                .isEqualTo(404);
        assertThat(addItem(otherTeam, counselling(today().plusDays(3))).status())
                .isEqualTo(404);
    }

    @Test
    void aCaseWorkerOfAnotherOrganisationNeitherReadsNorChangesTheCarePlan() {
        Api.StaffUser outsider =
                api.createUserInTeam("ngo-" + UUID.randomUUID().toString().substring(0, 8), "north", "CASE_WORKER");

        assertThat(api.get("/api/v1/cases/" + caseId + "/care-plan", outsider.token())
                        .status())
                .isEqualTo(404);
        assertThat(addItem(outsider, counselling(today().plusDays(3))).status()).isEqualTo(404);
    }

    @Test
    void anAnalystIsRefusedTheCarePlan() {
        Api.StaffUser analyst = api.createUser(organisation, "ANALYST");

        assertThat(api.get("/api/v1/cases/" + caseId + "/care-plan", analyst.token())
                        .status())
                .isEqualTo(403);
        assertThat(addItem(analyst, counselling(today().plusDays(3))).status()).isEqualTo(403);
    }

    @Test
    void readingTheCarePlanIsAuditedWithItsPurpose() {
        api.get("/api/v1/cases/" + caseId + "/care-plan?purpose=supervision", caseWorker.token());

        JsonNode entries = api.get("/api/v1/audit/entries?subjectId=" + caseId, api.adminToken())
                .json();

        assertThat(entries.valueStream()
                        .filter(entry -> entry.get("action").asString().equals("case.care-plan-viewed"))
                        .map(entry -> entry.get("detail").asString()))
                .containsExactly("purpose=supervision");
    }

    @Test
    void aClosedCasesCarePlanCannotBeChangedAndIsNeverOverdue() {
        String itemId =
                addItem(caseWorker, counselling(today())).json().get("id").asString();
        backdate(itemId, today().minusDays(3));
        jdbc.sql("update case_file set state = 'CLOSED' where id = :id")
                .param("id", UUID.fromString(caseId))
                .update();

        assertThat(addItem(caseWorker, counselling(today().plusDays(3))).status())
                .isEqualTo(409);
        assertThat(api.get("/api/v1/cases/" + caseId + "/care-plan", caseWorker.token())
                        .json()
                        .get("items")
                        .get(0)
                        .get("overdue")
                        .asBoolean())
                .isFalse();
    }

    private void backdate(String itemId, LocalDate dueOn) {
        jdbc.sql("update case_care_plan_item set due_on = :dueOn where id = :id")
                .param("dueOn", dueOn)
                .param("id", UUID.fromString(itemId))
                .update();
    }
}
