package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A supervisor of the case overrides a missing consent with a written reason; nobody else can. */
@ProtegoTest
class ConsentOverrideApiTest {

    static final String REASON = "The child is at immediate risk and the police unit must act tonight.";

    @LocalServerPort
    int port;

    @Autowired
    ConsentPolicy policy;

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

    private Api.Response override(Api.StaffUser who, Map<String, Object> body) {
        return api.postJson("/api/v1/cases/" + caseId + "/consent-overrides", who.token(), body);
    }

    private static Map<String, Object> sharingWithPolice(String reason) {
        return Map.of("purpose", "information_sharing", "recipientOrganisation", "Police Child Unit", "reason", reason);
    }

    @Test
    void theCasesSupervisorOverridesAMissingConsentAndTheCaseIsFlagged() {
        Api.Response overridden = override(supervisor, sharingWithPolice(REASON));

        assertThat(overridden.status()).isEqualTo(201);
        assertThat(overridden.json().get("reason").asString()).isEqualTo(REASON);
        assertThat(overridden.json().get("overriddenBy").asString()).isEqualTo(supervisor.username());
        JsonNode listed = api.get("/api/v1/cases/" + caseId + "/consents", caseWorker.token())
                .json();
        assertThat(listed.get("overridden").asBoolean()).isTrue();
        assertThat(listed.get("overrides").get(0).get("purpose").asString()).isEqualTo("information_sharing");
        assertThat(policy.inForce(UUID.fromString(caseId), ConsentPurpose.INFORMATION_SHARING, "Police Child Unit"))
                .isTrue();
        assertThat(policy.inForce(UUID.fromString(caseId), ConsentPurpose.INFORMATION_SHARING, "Another Agency"))
                .isFalse();
    }

    @Test
    void theOverrideIsAuditedWithItsReason() {
        override(supervisor, sharingWithPolice(REASON));

        JsonNode entries = api.get("/api/v1/audit/entries?subjectId=" + caseId, api.adminToken())
                .json();

        JsonNode entry = StreamSupport.stream(entries.spliterator(), false)
                .filter(e -> e.get("action").asString().equals("case.consent-overridden"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.get("actor").asString()).isEqualTo(supervisor.username());
        assertThat(entry.get("detail").asString()).contains(REASON).contains("purpose=information_sharing");
    }

    @Test
    void aCaseWorkerCannotOverride() {
        Api.Response refused = override(caseWorker, sharingWithPolice(REASON));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/cases/" + caseId + "/consents", caseWorker.token())
                        .json()
                        .get("overridden")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void anotherTeamsSupervisorCannotOverride() {
        Api.StaffUser otherSupervisor = api.createUserInTeam(organisation, "south", "SUPERVISOR");

        assertThat(override(otherSupervisor, sharingWithPolice(REASON)).status())
                .isEqualTo(404);
    }

    @Test
    void anotherOrganisationsSupervisorCannotOverride() {
        Api.StaffUser outsider =
                api.createUserInTeam("ngo-" + UUID.randomUUID().toString().substring(0, 8), "north", "SUPERVISOR");

        assertThat(override(outsider, sharingWithPolice(REASON)).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/cases/" + caseId + "/consents", outsider.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anOverrideNeedsAWrittenReasonAndARecipientForSharing() {
        Api.Response tooShort = override(supervisor, sharingWithPolice("urgent"));
        Api.Response noRecipient = override(supervisor, Map.of("purpose", "information_sharing", "reason", REASON));

        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("reason").contains("case-consent-override-reason-invalid");
        assertThat(noRecipient.status()).isEqualTo(400);
        assertThat(noRecipient.body()).contains("case-consent-recipient-required");
        assertThat(api.get("/api/v1/cases/" + caseId + "/consents", supervisor.token())
                        .json()
                        .get("overridden")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void anOverrideAgainstAStaleVersionIsRefused() {
        api.postJson(
                "/api/v1/cases/" + caseId + "/consents",
                caseWorker.token(),
                Map.of("purpose", "statistics", "givenBy", "child"));

        Api.Response stale = api.postJson(
                "/api/v1/cases/" + caseId + "/consent-overrides",
                supervisor.token(),
                Map.of("purpose", "services", "reason", REASON),
                Map.of("If-Match", "\"1\""));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("changedSince").get(0).get("field").asString())
                .isEqualTo("consent.statistics");
    }
}
