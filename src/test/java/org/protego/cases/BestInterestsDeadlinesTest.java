package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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

/** What the supervisors' overview lists as overdue about best interests, looked at from days ahead. */
@ProtegoTest
class BestInterestsDeadlinesTest {

    @LocalServerPort
    int port;

    @Autowired
    AssessmentDeadlines assessmentDeadlines;

    @Autowired
    DeterminationDeadlines determinationDeadlines;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Api.StaffUser caseWorker;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        caseWorker =
                api.createUserInTeam("ngo-" + UUID.randomUUID().toString().substring(0, 8), "north", "CASE_WORKER");
    }

    @Test
    void aCaseWithoutAssessmentIsOverdueFourteenDaysAfterRegistrationAndOneWithItIsNot() {
        String without = CaseFixtures.registeredCase(api, caseWorker, "Awa", "Ba");
        String with = CaseFixtures.registeredCase(api, caseWorker, "Binta", "Cisse");
        writeAssessment(with);
        CaseScope scope = scopeOf(without);

        assertThat(caseIds(assessmentDeadlines.overdueIn(scope, inDays(13)))).doesNotContain(without);
        List<Overdue> overdue = assessmentDeadlines.overdueIn(scope, inDays(15));
        assertThat(caseIds(overdue)).contains(without).doesNotContain(with);
        assertThat(overdue)
                .filteredOn(item -> item.caseId().toString().equals(without))
                .extracting(Overdue::kind)
                .containsExactly("assessment");
    }

    @Test
    void aPendingDeterminationIsOverdueAfterThirtyDaysWithinItsOrganisationOnly() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Coumba", "Diop");
        writeAssessment(caseId);
        api.postJson(
                "/api/v1/cases/" + caseId + "/determinations",
                caseWorker.token(),
                Map.of("decisionType", "transfer", "question", "Transfer to the aunt in Lyon?"));
        CaseScope scope = scopeOf(caseId);
        CaseScope otherOrganisation = new CaseScope(UUID.randomUUID(), null, UUID.randomUUID(), true);

        assertThat(caseIds(determinationDeadlines.overdueIn(scope, inDays(29)))).doesNotContain(caseId);
        assertThat(determinationDeadlines.overdueIn(scope, inDays(31)))
                .filteredOn(item -> item.caseId().toString().equals(caseId))
                .extracting(Overdue::kind)
                .containsExactly("determination");
        assertThat(caseIds(determinationDeadlines.overdueIn(otherOrganisation, inDays(31))))
                .doesNotContain(caseId);
    }

    private void writeAssessment(String caseId) {
        api.postJson("/api/v1/cases/" + caseId + "/assessments", caseWorker.token(), Map.of("safety", "Safe."));
    }

    private CaseScope scopeOf(String caseId) {
        UUID organisation = jdbc.sql("select organisation_id from case_file where id = :id")
                .param("id", UUID.fromString(caseId))
                .query(UUID.class)
                .single();
        return new CaseScope(organisation, null, UUID.randomUUID(), true);
    }

    private static Instant inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days));
    }

    private static List<String> caseIds(List<Overdue> overdue) {
        return overdue.stream().map(item -> item.caseId().toString()).toList();
    }
}
