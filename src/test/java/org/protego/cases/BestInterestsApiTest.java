package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ProtegoTest
class BestInterestsApiTest {

    @LocalServerPort
    int port;

    Api api;
    String organisation;
    Api.StaffUser caseWorker;
    Api.StaffUser northSupervisor;
    Api.StaffUser southSupervisor;
    String caseId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organisation = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        caseWorker = api.createUserInTeam(organisation, "north", "CASE_WORKER");
        northSupervisor = api.createUserInTeam(organisation, "north", "SUPERVISOR");
        southSupervisor = api.createUserInTeam(organisation, "south", "SUPERVISOR");
        caseId = CaseFixtures.registeredCase(api, caseWorker, "Amina", "Diallo");
    }

    @Test
    void aCaseWorkerWritesTheAssessmentAndARevisionKeepsTheEarlierOne() {
        Api.Response first = writeAssessment("Safe at the shelter.");
        Api.Response second = writeAssessment("Safe at the shelter; school starts in May.");

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.json().get("revision").asInt()).isEqualTo(2);
        JsonNode revisions = api.get(assessments(), caseWorker.token()).json();
        assertThat(revisions.findValuesAsString("safety"))
                .containsExactly("Safe at the shelter; school starts in May.", "Safe at the shelter.");
        assertThat(revisions.get(0).get("author").asString()).isEqualTo(caseWorker.username());
        JsonNode history = api.get("/api/v1/cases/" + caseId + "/history", caseWorker.token())
                .json();
        assertThat(history.get(0).get("field").asString()).isEqualTo("bia");
        assertThat(history.get(0).get("after").asString()).contains("revision 2");
        assertThat(api.get("/api/v1/cases/" + caseId, caseWorker.token()).header("ETag"))
                .isEqualTo("\"3\"");
    }

    @Test
    void theAssessmentIsReadByTheTeamAndNotByAnotherTeamsCaseWorker() {
        writeAssessment("Safe at the shelter.");
        Api.StaffUser otherTeam = api.createUserInTeam(organisation, "south", "CASE_WORKER");

        assertThat(api.get(assessments(), northSupervisor.token()).status()).isEqualTo(200);
        assertThat(api.get(assessments(), otherTeam.token()).status()).isEqualTo(404);
    }

    @Test
    void readingTheAssessmentIsAuditedWithItsPurpose() {
        writeAssessment("Safe at the shelter.");

        api.get(assessments() + "?purpose=case_work", caseWorker.token());

        assertThat(auditDetails("case.assessments-viewed")).anyMatch(detail -> detail.contains("purpose=case_work"));
    }

    @Test
    void aSupervisorCannotWriteTheAssessmentButTheCaseWorkerCan() {
        assertThat(api.postJson(assessments(), northSupervisor.token(), Map.of("safety", "Safe."))
                        .status())
                .isEqualTo(403);
        assertThat(writeAssessment("Safe.").status()).isEqualTo(201);
    }

    @Test
    void anAssessmentWithAStaleVersionIsRefusedAndAnEmptyOneIsNamed() {
        Api.Response stale =
                api.postJson(assessments(), caseWorker.token(), Map.of("safety", "Safe."), Map.of("If-Match", "\"7\""));
        Api.Response empty = api.postJson(assessments(), caseWorker.token(), Map.of("safety", " "));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("case-assessment-empty");
        assertThat(api.get(assessments(), caseWorker.token()).json().size()).isZero();
    }

    @Test
    void aDeterminationIsRefusedUntilTheCaseHasAnAssessment() {
        Api.Response refused = requestDetermination();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("case-assessment-required");
        writeAssessment("Safe at the shelter.");
        assertThat(requestDetermination().status()).isEqualTo(201);
    }

    @Test
    void aCaseWorkerCannotRecordAViewButASupervisorOfAnotherTeamCan() {
        String determination = determinationRequested();
        Api.StaffUser colleague = api.createUserInTeam(organisation, "north", "CASE_WORKER");

        assertThat(recordView(determination, colleague).status()).isEqualTo(403);
        assertThat(recordView(determination, caseWorker).status()).isEqualTo(403);
        Api.Response recorded = recordView(determination, southSupervisor);
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.json().get("views").findValuesAsString("supervisor"))
                .containsExactly(southSupervisor.username());
    }

    @Test
    void anotherOrganisationsSupervisorCannotFindTheDeterminationButOneOfTheOrganisationCan() {
        String determination = determinationRequested();
        Api.StaffUser outsider =
                api.createUserInTeam("ngo-" + UUID.randomUUID().toString().substring(0, 8), "north", "SUPERVISOR");

        assertThat(recordView(determination, outsider).status()).isEqualTo(404);
        assertThat(api.get(determinations(), outsider.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/cases/" + caseId, outsider.token()).status())
                .isEqualTo(404);
        assertThat(recordView(determination, northSupervisor).status()).isEqualTo(200);
    }

    @Test
    void oneSupervisorCannotRecordTwoViews() {
        String determination = determinationRequested();
        recordView(determination, northSupervisor);

        Api.Response again = recordView(determination, northSupervisor);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("case-view-already-recorded");
        assertThat(api.get(determinations(), caseWorker.token())
                        .json()
                        .get(0)
                        .get("views")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void theDecisionIsRefusedBeforeTwoViewsAndRecordedAfter() {
        String determination = determinationRequested();
        recordView(determination, northSupervisor);

        Api.Response early = decide(determination, northSupervisor);
        recordView(determination, southSupervisor);
        Api.Response decided = decide(determination, southSupervisor);

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("code").asString()).isEqualTo("case-decision-needs-views");
        assertThat(decided.status()).isEqualTo(200);
        JsonNode read = api.get(determinations(), caseWorker.token()).json().get(0);
        assertThat(read.get("state").asString()).isEqualTo("decided");
        assertThat(read.get("decision").asString()).isEqualTo("approved");
        assertThat(read.get("outcome").asString()).isEqualTo("Return with the mother, followed by the partner NGO.");
        assertThat(read.get("decidedBy").asString()).isEqualTo(southSupervisor.username());
        assertThat(auditDetails("case.determination-decided")).anyMatch(detail -> detail.contains("decision=approved"));
    }

    @Test
    void aSupervisorWhoRecordedNoViewCannotDecideButAPanelMemberCan() {
        String determination = determinationRequested();
        recordView(determination, northSupervisor);
        recordView(determination, southSupervisor);
        Api.StaffUser bystander = api.createUserInTeam(organisation, "east", "SUPERVISOR");

        assertThat(decide(determination, bystander).status()).isEqualTo(403);
        assertThat(decide(determination, northSupervisor).status()).isEqualTo(200);
    }

    @Test
    void aSupervisorOfAnotherTeamOpensTheCaseOnlyWhileADeterminationWaitsAndTheReadSaysWhy() {
        writeAssessment("Safe at the shelter.");
        assertThat(api.get("/api/v1/cases/" + caseId, southSupervisor.token()).status())
                .isEqualTo(404);

        String determination = determinationId(requestDetermination());
        Api.Response opened = api.get("/api/v1/cases/" + caseId, southSupervisor.token());

        assertThat(opened.status()).isEqualTo(200);
        assertThat(auditDetails("case.viewed")).anyMatch(detail -> detail.contains("purpose=determination_panel"));
        recordView(determination, southSupervisor);
        recordView(determination, api.createUserInTeam(organisation, "east", "SUPERVISOR"));
        decide(determination, southSupervisor);
        assertThat(api.get("/api/v1/cases/" + caseId, southSupervisor.token()).status())
                .isEqualTo(404);
    }

    @Test
    void aSecondDeterminationOfTheSameDecisionWaitsForTheFirst() {
        determinationRequested();

        Api.Response second = requestDetermination();

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("code").asString()).isEqualTo("case-determination-pending");
        assertThat(api.postJson(
                                determinations(),
                                caseWorker.token(),
                                Map.of("decisionType", "long_term_placement", "question", "Foster care?"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aDeterminationNamesTheAssessmentItReliesOnAndRefusesOneOfAnotherCase() {
        String assessment = writeAssessment("Safe.").json().get("id").asString();
        String otherCase = CaseFixtures.registeredCase(api, caseWorker, "Fatou", "Sow");

        Api.Response foreign = api.postJson(
                "/api/v1/cases/" + otherCase + "/determinations",
                caseWorker.token(),
                Map.of("decisionType", "return", "question", "Return?", "assessmentId", assessment));

        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body()).contains("case-assessment-unknown");
        assertThat(requestDetermination().json().get("assessmentId").asString()).isEqualTo(assessment);
    }

    private Api.Response writeAssessment(String safety) {
        return api.postJson(
                assessments(),
                caseWorker.token(),
                Map.of(
                        "safety", safety,
                        "familyAndCare", "The mother lives in Dakar.",
                        "viewsAndWishes", "Wants to go home."));
    }

    private Api.Response requestDetermination() {
        return api.postJson(
                determinations(),
                caseWorker.token(),
                Map.of("decisionType", "return", "question", "Should Amina return to her mother in Dakar?"));
    }

    private String determinationRequested() {
        writeAssessment("Safe at the shelter.");
        return determinationId(requestDetermination());
    }

    private static String determinationId(Api.Response requested) {
        if (requested.status() != 201) {
            throw new IllegalStateException("Could not request the determination: " + requested.body());
        }
        return requested.json().get("id").asString();
    }

    private Api.Response recordView(String determination, Api.StaffUser who) {
        return api.postJson(
                determinations() + "/" + determination + "/views",
                who.token(),
                Map.of("position", "support", "reasoning", "The mother is ready and the partner NGO follows up."));
    }

    private Api.Response decide(String determination, Api.StaffUser who) {
        return api.postJson(
                determinations() + "/" + determination + "/decision",
                who.token(),
                Map.of("decision", "approved", "outcome", "Return with the mother, followed by the partner NGO."));
    }

    private java.util.List<String> auditDetails(String action) {
        JsonNode entries = api.get("/api/v1/audit/entries?subjectId=" + caseId, api.adminToken())
                .json();
        return StreamSupport.stream(entries.spliterator(), false)
                .filter(entry -> entry.get("action").asString().equals(action))
                .map(entry -> entry.get("detail").asString())
                .toList();
    }

    private String assessments() {
        return "/api/v1/cases/" + caseId + "/assessments";
    }

    private String determinations() {
        return "/api/v1/cases/" + caseId + "/determinations";
    }
}
