package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ProtegoTest
class CaseApiTest {

    @LocalServerPort
    int port;

    Api api;
    String organisation;
    Api.StaffUser caseWorker;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organisation = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        caseWorker = api.createUserInTeam(organisation, "north", "CASE_WORKER");
    }

    @Test
    void aRegisteredChildIsReadBackWithItsVersionAndCaseNumber() {
        JsonNode registered = CaseFixtures.register(api, caseWorker, CaseFixtures.girlOf14("Malee", "Srisuk", Map.of()))
                .json();

        assertThat(registered.get("caseNumber").asString()).matches("C-\\d{4}-\\d{6}");
        assertThat(registered.get("version").asLong()).isEqualTo(1);
        Api.Response read = api.get("/api/v1/cases/" + registered.get("id").asString(), caseWorker.token());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        JsonNode view = read.json();
        assertThat(view.get("child").get("givenName").asString()).isEqualTo("Malee");
        assertThat(view.get("ageBand").asString()).isEqualTo("10-14");
        assertThat(view.get("origin").asString()).isEqualTo("direct");
        assertThat(view.get("guardianRequired").asBoolean()).isTrue();
        assertThat(view.get("guardianOverdue").asBoolean()).isFalse();
    }

    @Test
    void aCaseOpenedFromAReportKeepsItsReference() {
        JsonNode report = api.submitReport(
                Map.of("category", "trafficking", "description", "A girl is kept in a house near the port."));
        String reference = report.get("reference").asString();

        JsonNode registered = CaseFixtures.register(
                        api, caseWorker, CaseFixtures.girlOf14("Aom", "Chai", Map.of("reportReference", reference)))
                .json();

        JsonNode view = api.get("/api/v1/cases/" + registered.get("id").asString(), caseWorker.token())
                .json();
        assertThat(view.get("reportReference").asString()).isEqualTo(reference);
        assertThat(view.get("origin").asString()).isEqualTo("report");
    }

    @Test
    void anUnknownReportReferenceIsRefusedAndNoCaseIsStored() {
        int before = api.get("/api/v1/cases", caseWorker.token()).json().size();

        Api.Response refused = api.postJson(
                "/api/v1/cases",
                caseWorker.token(),
                CaseFixtures.girlOf14("Aom", "Chai", Map.of("reportReference", "PR-NOPE-NOPE")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("reportReference").contains("case-report-unknown");
        assertThat(api.get("/api/v1/cases", caseWorker.token()).json().size()).isEqualTo(before);
    }

    @Test
    void invalidDetailsAreRefusedFieldByField() {
        Api.Response refused = api.postJson(
                "/api/v1/cases",
                caseWorker.token(),
                Map.of(
                        "child",
                        Map.of("givenName", "", "sex", "girl", "nationality", "Thailand"),
                        "riskLevel",
                        "extreme",
                        "formsOfExploitation",
                        List.of("offender")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        assertThat(refused.body())
                .contains("child.givenName", "child.sex", "child.dateOfBirth", "child.nationality", "riskLevel")
                .contains("formsOfExploitation");
    }

    @Test
    void anotherOrganisationsCaseWorkerCannotSeeTheCase() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Nok", "Kaew");
        Api.StaffUser outsider =
                api.createUserInTeam("ngo-" + UUID.randomUUID().toString().substring(0, 8), "north", "CASE_WORKER");

        assertThat(api.get("/api/v1/cases/" + caseId, outsider.token()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/cases/" + caseId, caseWorker.token()).status())
                .isEqualTo(200);
    }

    @Test
    void aCaseWorkerOfAnotherTeamCannotSeeTheCaseButOneOfTheSameTeamCan() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Ploy", "Suda");
        Api.StaffUser otherTeam = api.createUserInTeam(organisation, "south", "CASE_WORKER");
        Api.StaffUser sameTeam = api.createUserInTeam(organisation, "north", "CASE_WORKER");

        assertThat(api.get("/api/v1/cases/" + caseId, otherTeam.token()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/cases/" + caseId, sameTeam.token()).status())
                .isEqualTo(200);
    }

    @Test
    void theTeamsSupervisorSeesTheCaseAndAnotherTeamsSupervisorDoesNot() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Fah", "Rung");
        Api.StaffUser supervisor = api.createUserInTeam(organisation, "north", "SUPERVISOR");
        Api.StaffUser otherSupervisor = api.createUserInTeam(organisation, "south", "SUPERVISOR");

        assertThat(api.get("/api/v1/cases/" + caseId, supervisor.token()).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/cases/" + caseId, otherSupervisor.token()).status())
                .isEqualTo(404);
    }

    @Test
    void anAnalystCannotReadCases() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Dao", "Mai");
        Api.StaffUser analyst = api.createUser(organisation, "ANALYST");

        assertThat(api.get("/api/v1/cases/" + caseId, analyst.token()).status()).isEqualTo(403);
        assertThat(api.postJson("/api/v1/cases", analyst.token(), CaseFixtures.girlOf14("A", "B", Map.of()))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedWith428AndChangesNothing() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Nam", "Phet");

        Api.Response refused =
                api.patchJson("/api/v1/cases/" + caseId, caseWorker.token(), Map.of("riskLevel", "low"), Map.of());

        assertThat(refused.status()).isEqualTo(428);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        assertThat(api.get("/api/v1/cases/" + caseId, caseWorker.token())
                        .json()
                        .get("riskLevel")
                        .asString())
                .isEqualTo("high");
    }

    @Test
    void aChangeAgainstTheCurrentVersionIsSavedAndMakesTheNextVersion() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Nam", "Phet");

        Api.Response changed = api.patchJson(
                "/api/v1/cases/" + caseId,
                caseWorker.token(),
                Map.of("riskLevel", "medium", "child", Map.of("familyName", "Phetsri")),
                Map.of("If-Match", "\"1\""));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(changed.json().get("riskLevel").asString()).isEqualTo("medium");
        assertThat(changed.json().get("child").get("familyName").asString()).isEqualTo("Phetsri");
        assertThat(changed.json().get("child").get("givenName").asString()).isEqualTo("Nam");
    }

    @Test
    void aChangeAgainstAStaleVersionIsRefusedWithWhatChangedSinceAndOverwritesNothing() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Nam", "Phet");
        Api.StaffUser colleague = api.createUserInTeam(organisation, "north", "CASE_WORKER");
        api.patchJson(
                "/api/v1/cases/" + caseId,
                colleague.token(),
                Map.of("riskLevel", "medium"),
                Map.of("If-Match", "\"1\""));

        Api.Response stale = api.patchJson(
                "/api/v1/cases/" + caseId, caseWorker.token(), Map.of("riskLevel", "low"), Map.of("If-Match", "\"1\""));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).contains("application/problem+json");
        JsonNode problem = stale.json();
        assertThat(problem.get("code").asString()).isEqualTo("case-stale-version");
        assertThat(problem.get("currentVersion").asLong()).isEqualTo(2);
        assertThat(problem.get("changedSince").get(0).get("field").asString()).isEqualTo("riskLevel");
        assertThat(problem.get("changedSince").get(0).get("changedBy").asString())
                .isEqualTo(colleague.username());
        assertThat(api.get("/api/v1/cases/" + caseId, caseWorker.token())
                        .json()
                        .get("riskLevel")
                        .asString())
                .isEqualTo("medium");
    }

    @Test
    void theHistoryShowsWhoChangedWhichFieldWithTheValues() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Nam", "Phet");
        api.patchJson(
                "/api/v1/cases/" + caseId,
                caseWorker.token(),
                Map.of("child", Map.of("givenName", "Namfon")),
                Map.of("If-Match", "1"));

        JsonNode history = api.get("/api/v1/cases/" + caseId + "/history", caseWorker.token())
                .json();

        JsonNode latest = history.get(0);
        assertThat(latest.get("version").asLong()).isEqualTo(2);
        assertThat(latest.get("field").asString()).isEqualTo("child.givenName");
        assertThat(latest.get("before").asString()).isEqualTo("Nam");
        assertThat(latest.get("after").asString()).isEqualTo("Namfon");
        assertThat(latest.get("changedBy").asString()).isEqualTo(caseWorker.username());
        Api.StaffUser outsider = api.createUserInTeam(organisation, "south", "CASE_WORKER");
        assertThat(api.get("/api/v1/cases/" + caseId + "/history", outsider.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void everyReadOfTheCaseIsAuditedWithItsPurpose() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Som", "Jai");
        api.get("/api/v1/cases/" + caseId + "?purpose=case_work", caseWorker.token());

        JsonNode entries = api.get("/api/v1/audit/entries?subjectId=" + caseId, api.adminToken())
                .json();

        assertThat(entries.findValuesAsString("action")).anyMatch(action -> action.contains("viewed"));
        JsonNode viewed = java.util.stream.StreamSupport.stream(entries.spliterator(), false)
                .filter(entry -> entry.get("action").asString().equals("case.viewed"))
                .findFirst()
                .orElseThrow();
        assertThat(viewed.get("actor").asString()).isEqualTo(caseWorker.username());
        assertThat(viewed.get("detail").asString()).contains("purpose=case_work");
        assertThat(viewed.has("at")).isTrue();
        assertThat(api.get("/api/v1/cases/" + caseId + "?purpose=curiosity", caseWorker.token())
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aGuardianAppointedInTimeShowsTheWaitAndIsNotOverdue() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Jan", "Dee");

        Api.Response appointed = api.postJson(
                "/api/v1/cases/" + caseId + "/guardian",
                caseWorker.token(),
                Map.of(
                        "name", "Somchai Rak",
                        "organisation", "Legal Guardianship Service",
                        "appointedAt",
                                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));

        assertThat(appointed.status()).isEqualTo(200);
        JsonNode view = api.get("/api/v1/cases/" + caseId, caseWorker.token()).json();
        assertThat(view.get("guardian").get("name").asString()).isEqualTo("Somchai Rak");
        assertThat(view.get("guardianAppointedWithinHours").asLong()).isZero();
        assertThat(view.get("guardianOverdue").asBoolean()).isFalse();
        assertThat(view.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void aGuardianIsRefusedForAChildWhoIsNeitherUnaccompaniedNorSeparated() {
        String caseId = CaseFixtures.register(
                        api, caseWorker, CaseFixtures.girlOf14("Lek", "Noi", Map.of("unaccompanied", false)))
                .json()
                .get("id")
                .asString();

        Api.Response refused = api.postJson(
                "/api/v1/cases/" + caseId + "/guardian", caseWorker.token(), Map.of("name", "Somchai Rak"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/cases/" + caseId, caseWorker.token())
                        .json()
                        .get("guardian")
                        .isNull())
                .isTrue();
    }

    @Test
    void aNameSpeltDifferentlyFindsTheCaseWithinTheTeamOnly() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Mariam", "Haddad");
        Api.StaffUser otherTeam = api.createUserInTeam(organisation, "south", "CASE_WORKER");

        JsonNode found = api.get("/api/v1/cases/search?name=Maryam%20Hadad", caseWorker.token())
                .json();

        assertThat(found.findValuesAsString("id")).contains(caseId);
        assertThat(api.get("/api/v1/cases/search?name=Maryam%20Hadad", otherTeam.token())
                        .json()
                        .findValuesAsString("id"))
                .doesNotContain(caseId);
    }

    @Test
    void aNameInArabicScriptSpeltDifferentlyFindsTheCaseWithinTheTeamOnly() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "فاطمة", "الحداد");
        Api.StaffUser otherTeam = api.createUserInTeam(organisation, "south", "CASE_WORKER");
        String typed = java.net.URLEncoder.encode("فاطمه الحدّاد", java.nio.charset.StandardCharsets.UTF_8);

        assertThat(api.get("/api/v1/cases/search?name=" + typed, caseWorker.token())
                        .json()
                        .findValuesAsString("id"))
                .contains(caseId);
        assertThat(api.get("/api/v1/cases/search?name=" + typed, otherTeam.token())
                        .json()
                        .findValuesAsString("id"))
                .doesNotContain(caseId);
    }

    @Test
    void aCaseIsFoundByItsNumberAndByDateOfBirth() {
        Map<String, Object> body = CaseFixtures.girlOf14("Kanya", "Thong", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> child = (Map<String, Object>) body.get("child");
        child.remove("estimatedAge");
        child.put("dateOfBirth", "2012-03-04");
        JsonNode registered = CaseFixtures.register(api, caseWorker, body).json();

        assertThat(api.get(
                                "/api/v1/cases/search?number="
                                        + registered.get("caseNumber").asString(),
                                caseWorker.token())
                        .json()
                        .findValuesAsString("id"))
                .containsExactly(registered.get("id").asString());
        assertThat(api.get("/api/v1/cases/search?dateOfBirth=2012-03-04", caseWorker.token())
                        .json()
                        .findValuesAsString("id"))
                .contains(registered.get("id").asString());
        assertThat(api.get("/api/v1/cases/search", caseWorker.token()).status()).isEqualTo(400);
    }

    @Test
    void registeringTheSameChildAgainShowsThePossibleDuplicate() {
        String first = CaseFixtures.registeredCase(api, caseWorker, "Siriporn", "Boonmee");

        JsonNode second = CaseFixtures.register(
                        api, caseWorker, CaseFixtures.girlOf14("Siriphorn", "Boonmee", Map.of()))
                .json();

        assertThat(second.get("possibleDuplicates").findValuesAsString("id")).contains(first);
    }
}
