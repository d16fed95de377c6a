package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Supervisors count children registered, guardians appointed in time and cases closed, by sex, age band, form of
 * exploitation and nationality, and never see who the children are. Other tests' cases share the database, so these
 * tests compare counts before and after.
 */
@ProtegoTest
class CaseIndicatorsApiTest {

    /** A nationality no other test registers, so that its groups count only this test's children. */
    static final List<String> NATIONALITIES = List.of("LS", "SZ", "BT", "MV", "TL", "KI", "TV", "NR");

    @LocalServerPort
    int port;

    Api api;
    Api.StaffUser caseWorker;
    Api.StaffUser supervisor;
    Api.StaffUser monitor;
    String nationality;
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String organisation = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        caseWorker = api.createUserInTeam(organisation, "north", "CASE_WORKER");
        supervisor = api.createUserInTeam(organisation, "north", "SUPERVISOR");
        monitor = api.createUser(organisation, "MONITOR");
        nationality = NATIONALITIES.get(Math.floorMod(UUID.randomUUID().hashCode(), NATIONALITIES.size()));
    }

    @Test
    void aRegisteredChildCountsOnceUnderEachFormOfExploitation() {
        long trafficking = count("children_registered", "trafficking", null);
        long prostitution = count("children_registered", "prostitution", null);

        register("Aom", "Chai");

        assertThat(count("children_registered", "trafficking", null)).isEqualTo(trafficking + 1);
        assertThat(count("children_registered", "prostitution", null)).isEqualTo(prostitution + 1);
    }

    @Test
    void aGuardianAppointedAtOnceCountsAsWithinTheLimit() {
        long needed = count("guardian_needed", "trafficking", null);
        long within = count("guardian_within_limit", "trafficking", null);

        String caseId = register("Aom", "Chai");
        register("Nok", "Chai");
        api.postJson("/api/v1/cases/" + caseId + "/guardian", caseWorker.token(), Map.of("name", "Somchai Wong"));

        assertThat(count("guardian_needed", "trafficking", null)).isEqualTo(needed + 2);
        assertThat(count("guardian_within_limit", "trafficking", null)).isEqualTo(within + 1);
    }

    @Test
    void anApprovedClosureCountsByItsReason() {
        long reunified = count("cases_closed", "trafficking", "reunified_with_family");
        String caseId = register("Aom", "Chai");
        api.postJson(
                "/api/v1/cases/" + caseId + "/closure", caseWorker.token(), Map.of("reason", "reunified_with_family"));

        assertThat(count("cases_closed", "trafficking", "reunified_with_family"))
                .isEqualTo(reunified);

        api.postJson("/api/v1/cases/" + caseId + "/closure/approval", supervisor.token(), Map.of());

        assertThat(count("cases_closed", "trafficking", "reunified_with_family"))
                .isEqualTo(reunified + 1);
    }

    @Test
    void aWrittenBestInterestsAssessmentCounts() {
        long assessed = count("assessments_done", "trafficking", null);
        String caseId = register("Aom", "Chai");

        api.postJson(
                "/api/v1/cases/" + caseId + "/assessments",
                caseWorker.token(),
                Map.of("safety", "Safe at the shelter", "viewsAndWishes", "Wants to stay in school"));

        assertThat(count("assessments_done", "trafficking", null)).isEqualTo(assessed + 1);
    }

    @Test
    void theCountsHoldNothingThatIdentifiesAChild() {
        String caseId = register("Aom", "Chai");

        Api.Response answer = indicators(supervisor);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain(caseId).doesNotContain("Aom").doesNotContain("C-");
        assertThat(answer.json().get(0).propertyNames())
                .containsExactlyInAnyOrder(
                        "indicator", "sex", "ageBand", "formOfExploitation", "nationality", "reason", "count");
    }

    @Test
    void aSupervisorReadsTheIndicatorsToo() {
        assertThat(indicators(supervisor).status()).isEqualTo(200);
    }

    @Test
    void aMonitorReadsTheseUnsuppressedFiguresOnlyThroughMonitoring() {
        assertThat(indicators(monitor).status()).isEqualTo(403);
    }

    @Test
    void aCaseWorkerCannotReadTheIndicators() {
        assertThat(indicators(caseWorker).status()).isEqualTo(403);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        Api.Response refused = api.get("/api/v1/cases/indicators?from=2026-05-02&to=2026-05-01", supervisor.token());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("case-period-invalid");
    }

    private String register(String givenName, String familyName) {
        Map<String, Object> body = CaseFixtures.girlOf14(givenName, familyName, Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> child = (Map<String, Object>) body.get("child");
        child.put("nationality", nationality);
        return CaseFixtures.register(api, caseWorker, body).json().get("id").asString();
    }

    private Api.Response indicators(Api.StaffUser who) {
        return api.get("/api/v1/cases/indicators?from=" + today + "&to=" + today, who.token());
    }

    private long count(String indicator, String form, String reason) {
        return StreamSupport.stream(indicators(supervisor).json().spliterator(), false)
                .filter(row -> row.get("indicator").asString().equals(indicator))
                .filter(row -> "female".equals(text(row, "sex")))
                .filter(row -> "10-14".equals(text(row, "ageBand")))
                .filter(row -> nationality.equals(text(row, "nationality")))
                .filter(row -> form.equals(text(row, "formOfExploitation")))
                .filter(row -> reason == null || reason.equals(text(row, "reason")))
                .mapToLong(row -> row.get("count").asLong())
                .sum();
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
