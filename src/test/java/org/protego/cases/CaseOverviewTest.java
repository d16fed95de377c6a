package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A supervisor sees the team's caseload and what in it is overdue; nobody sees another team's or organisation's. */
@ProtegoTest
class CaseOverviewTest {

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

    /** An unaccompanied child registered two days ago, still without a guardian. */
    String childWaitingForAGuardian(String givenName) {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, givenName, "Srisuk");
        jdbc.sql("update case_file set registered_at = registered_at - interval '2 days' where id = :id")
                .param("id", UUID.fromString(caseId))
                .update();
        return caseId;
    }

    static JsonNode lineOf(JsonNode overdue, String caseId, String kind) {
        return overdue.valueStream()
                .filter(line -> line.get("caseId").asString().equals(caseId))
                .filter(line -> line.get("kind").asString().equals(kind))
                .findFirst()
                .orElse(null);
    }

    @Test
    void theTeamsSupervisorSeesAnOverdueGuardianAppointmentWithWhoHasTheCase() {
        String caseId = childWaitingForAGuardian("Malee");

        JsonNode overdue = api.get("/api/v1/cases/overdue", supervisor.token()).json();

        JsonNode line = lineOf(overdue, caseId, "guardian");
        assertThat(line).isNotNull();
        assertThat(line.get("caseNumber").asString()).startsWith("C-");
        assertThat(line.get("assignedTo").asString()).isEqualTo(caseWorker.username());
        assertThat(line.has("childName")).isFalse();
    }

    @Test
    void anotherTeamsSupervisorAndAnotherOrganisationsSupervisorDoNotSeeIt() {
        String caseId = childWaitingForAGuardian("Nok");
        Api.StaffUser otherTeam = api.createUserInTeam(organisation, "south", "SUPERVISOR");
        Api.StaffUser otherOrganisation =
                api.createUserInTeam("ngo-" + UUID.randomUUID().toString().substring(0, 8), "north", "SUPERVISOR");

        assertThat(lineOf(api.get("/api/v1/cases/overdue", otherTeam.token()).json(), caseId, "guardian"))
                .isNull();
        assertThat(lineOf(
                        api.get("/api/v1/cases/overdue", otherOrganisation.token())
                                .json(),
                        caseId,
                        "guardian"))
                .isNull();
    }

    @Test
    void aCaseWorkerSeesWhatIsOverdueInTheirOwnCases() {
        String caseId = childWaitingForAGuardian("Fah");

        assertThat(lineOf(api.get("/api/v1/cases/overdue", caseWorker.token()).json(), caseId, "guardian"))
                .isNotNull();
    }

    @Test
    void anAnalystIsRefusedTheOverview() {
        Api.StaffUser analyst = api.createUser(organisation, "ANALYST");

        assertThat(api.get("/api/v1/cases/overdue", analyst.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/cases/overview", analyst.token()).status()).isEqualTo(403);
    }

    @Test
    void overdueCarePlanItemsAndFollowUpsAreListedLongestOverdueFirst() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Dao", "Mai");
        String itemId = api.postJson(
                        "/api/v1/cases/" + caseId + "/care-plan",
                        caseWorker.token(),
                        Map.of(
                                "kind",
                                "need",
                                "description",
                                "A school place",
                                "dueOn",
                                LocalDate.now(ZoneOffset.UTC).toString()))
                .json()
                .get("id")
                .asString();
        jdbc.sql("update case_care_plan_item set due_on = current_date - 5 where id = :id")
                .param("id", UUID.fromString(itemId))
                .update();
        jdbc.sql("update case_file set registered_at = registered_at - interval '40 days' where id = :id")
                .param("id", UUID.fromString(caseId))
                .update();

        JsonNode overdue = api.get("/api/v1/cases/overdue", supervisor.token()).json();

        assertThat(lineOf(overdue, caseId, "care-plan-item")).isNotNull();
        assertThat(lineOf(overdue, caseId, "follow-up")).isNotNull();
        assertThat(overdue.findValuesAsString("dueAt")).isSorted();
    }

    @Test
    void theOverviewCountsTheTeamsOpenCasesByRiskLevel() {
        CaseFixtures.registeredCase(api, caseWorker, "Jan", "Dee");
        CaseFixtures.register(api, caseWorker, CaseFixtures.girlOf14("Lek", "Noi", Map.of("riskLevel", "low")));
        api.createUserInTeam(organisation, "south", "CASE_WORKER");

        JsonNode overview =
                api.get("/api/v1/cases/overview", supervisor.token()).json();

        assertThat(overview.get("openCases").asLong()).isEqualTo(2);
        assertThat(overview.get("openCasesByRiskLevel").get("high").asLong()).isEqualTo(1);
        assertThat(overview.get("openCasesByRiskLevel").get("medium").asLong()).isZero();
        assertThat(overview.get("openCasesByRiskLevel").get("low").asLong()).isEqualTo(1);
    }

    @Test
    void theOverviewPageShowsTheOverdueGuardianCaseLinkedToItsCase() {
        String caseId = childWaitingForAGuardian("Somsri");
        var browser = new Api(port);
        browser.signIn(supervisor);

        Api.Response page = browser.get("/staff/cases/overview", null);

        assertThat(page.status()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("#overdue-guardian a[href=/staff/cases/" + caseId + "]"))
                .hasSize(1);
        assertThat(html.select("#caseload-high td").text()).isEqualTo("1");
        assertThat(html.select("#nav-case-overview")).hasSize(1);
        assertThat(page.body()).doesNotContain("Somsri");
    }

    @Test
    void anAnalystIsRefusedTheOverviewPage() {
        Api.StaffUser analyst = api.createUser(organisation, "ANALYST");
        var browser = new Api(port);
        browser.signIn(analyst);

        assertThat(browser.get("/staff/cases/overview", null).status()).isEqualTo(403);
    }
}
