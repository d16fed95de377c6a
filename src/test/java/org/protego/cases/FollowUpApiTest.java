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

/** A case worker records visits and contacts; the next one falls due, and only those who may see the case see it. */
@ProtegoTest
class FollowUpApiTest {

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
        caseId = CaseFixtures.registeredCase(api, caseWorker, "Ploy", "Suda");
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    Api.Response record(Api.StaffUser who, Map<String, Object> followUp) {
        return api.postJson("/api/v1/cases/" + caseId + "/follow-ups", who.token(), followUp);
    }

    JsonNode followUps(Api.StaffUser who) {
        return api.get("/api/v1/cases/" + caseId + "/follow-ups", who.token()).json();
    }

    @Test
    void aNewCasesFirstFollowUpIsDueThirtyDaysAfterRegistration() {
        JsonNode plan = followUps(caseWorker);

        assertThat(plan.get("nextDueOn").asString())
                .isEqualTo(today().plusDays(30).toString());
        assertThat(plan.get("overdue").asBoolean()).isFalse();
        assertThat(plan.get("followUps").isEmpty()).isTrue();
    }

    @Test
    void aRecordedVisitSetsWhenTheNextIsDueAndMakesANewVersion() {
        Api.Response recorded = record(
                caseWorker,
                Map.of(
                        "kind",
                        "home_visit",
                        "notes",
                        "Ploy is settling in with her aunt",
                        "nextDueOn",
                        today().plusDays(7).toString()));

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.header("ETag")).isEqualTo("\"2\"");
        JsonNode plan = followUps(caseWorker);
        assertThat(plan.get("nextDueOn").asString())
                .isEqualTo(today().plusDays(7).toString());
        JsonNode visit = plan.get("followUps").get(0);
        assertThat(visit.get("kind").asString()).isEqualTo("home_visit");
        assertThat(visit.get("happenedOn").asString()).isEqualTo(today().toString());
        assertThat(visit.get("notes").asString()).isEqualTo("Ploy is settling in with her aunt");
        assertThat(visit.get("recordedBy").asString()).isEqualTo(caseWorker.username());
        assertThat(jdbc.sql("select notes_encrypted from case_follow_up where case_id = :id")
                        .param("id", UUID.fromString(caseId))
                        .query(String.class)
                        .single())
                .doesNotContain("Ploy");
    }

    @Test
    void aCaseNobodyFollowedUpSinceRegistrationIsOverdueUntilSomeoneDoes() {
        backdateRegistration(40);

        assertThat(followUps(caseWorker).get("overdue").asBoolean()).isTrue();
        assertThat(record(caseWorker, Map.of("kind", "phone")).status()).isEqualTo(201);

        JsonNode plan = followUps(caseWorker);
        assertThat(plan.get("overdue").asBoolean()).isFalse();
        assertThat(plan.get("nextDueOn").isNull()).isTrue();
    }

    @Test
    void aFollowUpInTheFutureOrANextDateNotAfterItIsRefused() {
        Api.Response refused = record(
                caseWorker,
                Map.of(
                        "kind",
                        "office_visit",
                        "happenedOn",
                        today().plusDays(1).toString(),
                        "nextDueOn",
                        today().toString()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("case-follow-up-date-invalid", "case-follow-up-next-due-invalid");
        assertThat(followUps(caseWorker).get("followUps").isEmpty()).isTrue();
    }

    @Test
    void theTeamsSupervisorReadsTheFollowUps() {
        Api.StaffUser supervisor = api.createUserInTeam(organisation, "north", "SUPERVISOR");

        assertThat(api.get("/api/v1/cases/" + caseId + "/follow-ups", supervisor.token())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anotherTeamsSupervisorNeitherReadsNorRecordsFollowUps() {
        Api.StaffUser otherSupervisor = api.createUserInTeam(organisation, "south", "SUPERVISOR");

        assertThat(api.get("/api/v1/cases/" + caseId + "/follow-ups", otherSupervisor.token())
                        .status())
                .isEqualTo(404);
        assertThat(record(otherSupervisor, Map.of("kind", "phone")).status()).isEqualTo(404);
    }

    @Test
    void anotherOrganisationsCaseWorkerNeitherReadsNorRecordsFollowUps() {
        Api.StaffUser outsider =
                api.createUserInTeam("ngo-" + UUID.randomUUID().toString().substring(0, 8), "north", "CASE_WORKER");

        assertThat(api.get("/api/v1/cases/" + caseId + "/follow-ups", outsider.token())
                        .status())
                .isEqualTo(404);
        assertThat(record(outsider, Map.of("kind", "phone")).status()).isEqualTo(404);
    }

    @Test
    void anAnalystIsRefusedFollowUps() {
        Api.StaffUser analyst = api.createUser(organisation, "ANALYST");

        assertThat(api.get("/api/v1/cases/" + caseId + "/follow-ups", analyst.token())
                        .status())
                .isEqualTo(403);
        assertThat(record(analyst, Map.of("kind", "phone")).status()).isEqualTo(403);
    }

    @Test
    void readingFollowUpsIsAuditedWithItsPurpose() {
        followUps(caseWorker);

        JsonNode entries = api.get("/api/v1/audit/entries?subjectId=" + caseId, api.adminToken())
                .json();

        assertThat(entries.valueStream()
                        .filter(entry -> entry.get("action").asString().equals("case.follow-ups-viewed"))
                        .map(entry -> entry.get("detail").asString()))
                .containsExactly("purpose=case_work");
    }

    private void backdateRegistration(int days) {
        jdbc.sql("update case_file set registered_at = registered_at - make_interval(days => :days) where id = :id")
                .param("days", days)
                .param("id", UUID.fromString(caseId))
                .update();
    }
}
