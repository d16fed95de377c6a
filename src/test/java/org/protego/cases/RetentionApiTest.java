package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

@ProtegoTest
class RetentionApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String organisation;
    Api.StaffUser caseWorker;
    Api.StaffUser supervisor;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organisation = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        caseWorker = api.createUserInTeam(organisation, "north", "CASE_WORKER");
        supervisor = api.createUserInTeam(organisation, "north", "SUPERVISOR");
    }

    /** A case closed long enough ago to be past the default retention of ten years. */
    private JsonNode closedElevenYearsAgo(String givenName, String familyName) {
        JsonNode registered = CaseFixtures.register(
                        api,
                        caseWorker,
                        CaseFixtures.girlOf14(
                                givenName,
                                familyName,
                                Map.of("protectionNeeds", "Safe house near " + familyName + " street")))
                .json();
        jdbc.sql("update case_file set state = 'CLOSED', closed_at = now() - interval '11 years' where id = :id")
                .param("id", UUID.fromString(registered.get("id").asString()))
                .update();
        return registered;
    }

    private static List<String> caseNumbersIn(JsonNode cases) {
        return cases.valueStream().map(due -> due.get("caseNumber").asString()).toList();
    }

    @Test
    void theDryRunListsADueClosedCaseWithoutNamesAndChangesNothing() {
        JsonNode due = closedElevenYearsAgo("Kanya", "Dryrunsuk");
        String caseNumber = due.get("caseNumber").asString();

        Api.Response dryRun = api.get("/api/v1/admin/retention/dry-run", api.adminToken());

        assertThat(dryRun.status()).isEqualTo(200);
        JsonNode listed = dryRun.json()
                .get("anonymise")
                .valueStream()
                .filter(entry -> entry.get("caseNumber").asString().equals(caseNumber))
                .findFirst()
                .orElseThrow();
        assertThat(listed.get("organisation").asString()).isEqualTo(organisation);
        assertThat(listed.get("closedAt").asString()).isNotBlank();
        assertThat(dryRun.body()).doesNotContain("Kanya", "Dryrunsuk");
        assertThat(api.get("/api/v1/cases/" + due.get("id").asString(), supervisor.token())
                        .json()
                        .get("child")
                        .get("givenName")
                        .asString())
                .isEqualTo("Kanya");
        assertThat(caseNumbersIn(api.get("/api/v1/cases/search?name=Dryrunsuk", supervisor.token())
                        .json()))
                .contains(caseNumber);
    }

    @Test
    void theRunAnonymisesADueCaseAndKeepsWhatIndicatorsCount() {
        JsonNode due = closedElevenYearsAgo("Ratana", "Goneforgood");
        String id = due.get("id").asString();
        String caseNumber = due.get("caseNumber").asString();

        Api.Response run = api.postJson("/api/v1/admin/retention/run", api.adminToken(), Map.of());

        assertThat(run.status()).isEqualTo(200);
        assertThat(run.json().get("anonymised").valueStream().map(JsonNode::asString))
                .contains(caseNumber);
        assertThat(api.get("/api/v1/cases/" + id, supervisor.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/cases/search?name=Goneforgood", supervisor.token())
                        .json())
                .isEmpty();
        assertThat(api.get("/api/v1/cases/search?number=" + caseNumber, supervisor.token())
                        .json())
                .isEmpty();
        Map<String, Object> row =
                jdbc.sql("""
                select state, sex, age_band, nationality, array_to_string(forms_of_exploitation, ',') as forms,
                    trafficked, unaccompanied, date_of_birth_index, guardian_encrypted, report_reference,
                    (select count(*) from case_name_key k where k.case_id = c.id) as name_keys,
                    (select count(*) from case_change x where x.case_id = c.id
                        and (x.before_encrypted is not null or x.after_encrypted is not null)
                        and x.field <> 'state') as history_values
                from case_file c where id = :id""").param("id", UUID.fromString(id)).query().singleRow();
        assertThat(row)
                .containsEntry("state", "ANONYMISED")
                .containsEntry("sex", "female")
                .containsEntry("age_band", "10-14")
                .containsEntry("nationality", "TH")
                .containsEntry("forms", "prostitution,trafficking")
                .containsEntry("trafficked", true)
                .containsEntry("unaccompanied", true)
                .containsEntry("name_keys", 0L)
                .containsEntry("history_values", 0L);
        assertThat(row.get("date_of_birth_index")).isNull();
        assertThat(row.get("guardian_encrypted")).isNull();
        JsonNode audit = api.get("/api/v1/audit/entries?subjectId=" + id, api.adminToken())
                .json();
        assertThat(audit.valueStream().map(entry -> entry.get("action").asString()))
                .contains("case.anonymised");
    }

    @Test
    void theRunEmptiesWhatTheCasesPartsWroteAboutTheChild() {
        JsonNode registered = CaseFixtures.register(api, caseWorker, CaseFixtures.girlOf14("Pim", "Partsuk", Map.of()))
                .json();
        String id = registered.get("id").asString();
        api.postJson(
                "/api/v1/cases/" + id + "/consents",
                caseWorker.token(),
                Map.of("purpose", "information_sharing", "givenBy", "child", "recipientOrganisation", "Shelter North"));
        api.postJson(
                "/api/v1/cases/" + id + "/assessments",
                caseWorker.token(),
                Map.of("safety", "Stays with an aunt in Partsuk village", "viewsAndWishes", "Wants to go to school"));
        api.postJson(
                "/api/v1/cases/" + id + "/care-plan",
                caseWorker.token(),
                Map.of(
                        "kind",
                        "need",
                        "description",
                        "School place near the aunt",
                        "dueOn",
                        java.time.LocalDate.now().plusDays(30).toString()));
        api.postJson(
                "/api/v1/cases/" + id + "/follow-ups",
                caseWorker.token(),
                Map.of("kind", "home_visit", "notes", "Met Pim at the aunt's house"));
        jdbc.sql("update case_file set state = 'CLOSED', closed_at = now() - interval '11 years' where id = :id")
                .param("id", UUID.fromString(id))
                .update();

        api.postJson("/api/v1/admin/retention/run", api.adminToken(), Map.of());

        Map<String, Object> left =
                jdbc.sql("""
                select
                  (select count(*) from case_consent where case_id = :id and recipient_encrypted is not null) as consents,
                  (select count(*) from case_assessment where case_id = :id and sections_encrypted is not null)
                      as assessments,
                  (select count(*) from case_care_plan_item where case_id = :id and description_encrypted is not null)
                      as items,
                  (select count(*) from case_follow_up where case_id = :id and notes_encrypted is not null)
                      as follow_ups,
                  (select count(*) from case_assessment where case_id = :id) as assessments_kept""").param("id", UUID.fromString(id)).query().singleRow();
        assertThat(left)
                .containsEntry("consents", 0L)
                .containsEntry("assessments", 0L)
                .containsEntry("items", 0L)
                .containsEntry("follow_ups", 0L)
                .containsEntry("assessments_kept", 1L);
    }

    @Test
    void aCaseOnLegalHoldIsNotAnonymisedUntilTheHoldIsLifted() {
        JsonNode due = closedElevenYearsAgo("Somsri", "Heldback");
        String id = due.get("id").asString();
        String caseNumber = due.get("caseNumber").asString();

        Api.Response held = api.postJson(
                "/api/v1/cases/" + id + "/legal-hold",
                supervisor.token(),
                Map.of("reason", "Trial of the traffickers"));

        assertThat(held.status()).isEqualTo(200);
        assertThat(held.json().get("held").asBoolean()).isTrue();
        JsonNode plan =
                api.get("/api/v1/admin/retention/dry-run", api.adminToken()).json();
        assertThat(caseNumbersIn(plan.get("keptByLegalHold"))).contains(caseNumber);
        assertThat(caseNumbersIn(plan.get("anonymise"))).doesNotContain(caseNumber);
        JsonNode run = api.postJson("/api/v1/admin/retention/run", api.adminToken(), Map.of())
                .json();
        assertThat(run.get("anonymised").valueStream().map(JsonNode::asString)).doesNotContain(caseNumber);
        assertThat(api.get("/api/v1/cases/" + id, supervisor.token()).status()).isEqualTo(200);
        JsonNode history =
                api.get("/api/v1/cases/" + id + "/history", supervisor.token()).json();
        assertThat(history.valueStream().map(change -> change.get("field").asString()))
                .contains("legalHold");
        assertThat(caseNumbersIn(api.get("/api/v1/admin/retention/legal-holds", api.adminToken())
                        .json()))
                .contains(caseNumber);

        assertThat(api.delete("/api/v1/cases/" + id + "/legal-hold", supervisor.token())
                        .status())
                .isEqualTo(200);
        JsonNode afterLift = api.postJson("/api/v1/admin/retention/run", api.adminToken(), Map.of())
                .json();
        assertThat(afterLift.get("anonymised").valueStream().map(JsonNode::asString))
                .contains(caseNumber);
    }

    @Test
    void anAdministratorHoldsACaseOfAnyOrganisation() {
        JsonNode due = closedElevenYearsAgo("Lamai", "Adminhold");

        Api.Response held = api.postJson(
                "/api/v1/cases/" + due.get("id").asString() + "/legal-hold",
                api.adminToken(),
                Map.of("reason", "Court order 12/2037"));

        assertThat(held.status()).isEqualTo(200);
        assertThat(api.postJson(
                                "/api/v1/cases/" + due.get("id").asString() + "/legal-hold",
                                api.adminToken(),
                                Map.of("reason", "again"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aCaseWorkerCannotPlaceALegalHold() {
        JsonNode due = closedElevenYearsAgo("Dao", "Noholdforme");

        Api.Response refused = api.postJson(
                "/api/v1/cases/" + due.get("id").asString() + "/legal-hold",
                caseWorker.token(),
                Map.of("reason", "I would like to keep it"));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aSupervisorOfAnotherTeamCannotHoldTheCase() {
        JsonNode due = closedElevenYearsAgo("Fah", "Otherteam");
        Api.StaffUser otherTeam = api.createUserInTeam(organisation, "south", "SUPERVISOR");

        Api.Response refused = api.postJson(
                "/api/v1/cases/" + due.get("id").asString() + "/legal-hold",
                otherTeam.token(),
                Map.of("reason", "Proceedings"));

        assertThat(refused.status()).isEqualTo(404);
    }

    @Test
    void aLegalHoldNeedsAReason() {
        JsonNode due = closedElevenYearsAgo("Pim", "Noreason");

        Api.Response refused = api.postJson(
                "/api/v1/cases/" + due.get("id").asString() + "/legal-hold", supervisor.token(), Map.of("reason", " "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("case-legal-hold-reason-invalid");
    }

    @Test
    void anAdministratorSetsTheRetentionOfClosedCases() {
        try {
            Api.Response changed = api.putJson(
                    "/api/v1/admin/retention/closed_case", api.adminToken(), Map.of("anonymiseAfterYears", 12));

            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.json().get("anonymiseAfterYears").asInt()).isEqualTo(12);
            JsonNode policies =
                    api.get("/api/v1/admin/retention", api.adminToken()).json();
            assertThat(policies.valueStream()
                            .filter(policy ->
                                    policy.get("recordType").asString().equals("closed_case"))
                            .findFirst()
                            .orElseThrow()
                            .get("anonymiseAfterYears")
                            .asInt())
                    .isEqualTo(12);
        } finally {
            api.putJson("/api/v1/admin/retention/closed_case", api.adminToken(), Map.of("anonymiseAfterYears", 10));
        }
    }

    @Test
    void aRetentionOutsideOneToAHundredYearsOrForTheAuditLogIsRefused() {
        assertThat(api.putJson(
                                "/api/v1/admin/retention/closed_case",
                                api.adminToken(),
                                Map.of("anonymiseAfterYears", 0))
                        .status())
                .isEqualTo(400);
        assertThat(api.putJson("/api/v1/admin/retention/audit", api.adminToken(), Map.of("anonymiseAfterYears", 5))
                        .status())
                .isEqualTo(409);
        assertThat(api.putJson("/api/v1/admin/retention/reports", api.adminToken(), Map.of("anonymiseAfterYears", 5))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void nobodyButAnAdministratorReadsOrRunsRetention() {
        for (Api.StaffUser notAdmin : List.of(supervisor, caseWorker)) {
            assertThat(api.get("/api/v1/admin/retention/dry-run", notAdmin.token())
                            .status())
                    .isEqualTo(403);
            assertThat(api.postJson("/api/v1/admin/retention/run", notAdmin.token(), Map.of())
                            .status())
                    .isEqualTo(403);
            assertThat(api.get("/api/v1/admin/retention", notAdmin.token()).status())
                    .isEqualTo(403);
            assertThat(api.putJson(
                                    "/api/v1/admin/retention/closed_case",
                                    notAdmin.token(),
                                    Map.of("anonymiseAfterYears", 1))
                            .status())
                    .isEqualTo(403);
        }
        assertThat(api.get("/api/v1/admin/retention/dry-run", api.adminToken()).status())
                .isEqualTo(200);
    }
}
