package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.protego.shared.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Consents per purpose through the API: recorded, listed with their state, withdrawn, and required by the policy. */
@ProtegoTest
class CaseConsentApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ConsentPolicy policy;

    @Autowired
    Consents consents;

    Api api;
    String organisation;
    Api.StaffUser caseWorker;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organisation = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        caseWorker = api.createUserInTeam(organisation, "north", "CASE_WORKER");
    }

    private String consentsOf(String caseId) {
        return "/api/v1/cases/" + caseId + "/consents";
    }

    @Test
    void aConsentForServicesIsRecordedAndListedAsInForce() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Malee", "Srisuk");
        String expiresOn = LocalDate.now(ZoneOffset.UTC).plusMonths(6).toString();

        Api.Response recorded = api.postJson(
                consentsOf(caseId),
                caseWorker.token(),
                Map.of("purpose", "services", "givenBy", "child", "expiresOn", expiresOn));

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.header("ETag")).isEqualTo("\"2\"");
        JsonNode consent = recorded.json();
        assertThat(consent.get("purpose").asString()).isEqualTo("services");
        assertThat(consent.get("givenBy").asString()).isEqualTo("child");
        assertThat(consent.get("expiresOn").asString()).isEqualTo(expiresOn);
        assertThat(consent.get("recordedBy").asString()).isEqualTo(caseWorker.username());
        assertThat(consent.get("inForce").asBoolean()).isTrue();
        assertThat(consent.has("givenAt")).isTrue();
        JsonNode listed = api.get(consentsOf(caseId), caseWorker.token()).json();
        assertThat(listed.get("consents").findValuesAsString("id"))
                .containsExactly(consent.get("id").asString());
        assertThat(listed.get("consents").get(0).get("state").asString()).isEqualTo("in_force");
        assertThat(listed.get("overridden").asBoolean()).isFalse();
        assertThat(listed.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void readingTheConsentsIsAuditedAndEveryConsentIsInTheCaseHistory() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Som", "Jai");
        api.postJson(consentsOf(caseId), caseWorker.token(), Map.of("purpose", "statistics", "givenBy", "child"));

        api.get(consentsOf(caseId) + "?purpose=case_work", caseWorker.token());

        JsonNode entries = api.get("/api/v1/audit/entries?subjectId=" + caseId, api.adminToken())
                .json();
        assertThat(entries.findValuesAsString("action")).contains("case.consent-recorded", "case.consents-viewed");
        JsonNode history = api.get("/api/v1/cases/" + caseId + "/history", caseWorker.token())
                .json();
        assertThat(history.get(0).get("field").asString()).isEqualTo("consent.statistics");
        assertThat(history.get(0).get("after").asString()).contains("given by child");
    }

    @Test
    void sharingWithoutANamedRecipientIsRefusedAndNothingIsRecorded() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Nok", "Kaew");

        Api.Response refused = api.postJson(
                consentsOf(caseId), caseWorker.token(), Map.of("purpose", "information_sharing", "givenBy", "child"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        assertThat(refused.body()).contains("recipientOrganisation").contains("case-consent-recipient-required");
        assertThat(api.get(consentsOf(caseId), caseWorker.token()).json().get("consents"))
                .isEmpty();
    }

    @Test
    void aSharingConsentNamesItsRecipientAndAnUnknownPurposeIsRefused() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Nok", "Kaew");

        Api.Response recorded = api.postJson(
                consentsOf(caseId),
                caseWorker.token(),
                Map.of("purpose", "information_sharing", "givenBy", "child", "recipientOrganisation", "Safe Home"));
        Api.Response unknown = api.postJson(
                consentsOf(caseId), caseWorker.token(), Map.of("purpose", "marketing", "givenBy", "child"));

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.json().get("recipientOrganisation").asString()).isEqualTo("Safe Home");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("case-consent-purpose-invalid");
    }

    @Test
    void anExpiryInThePastIsRefused() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Ploy", "Suda");

        Api.Response refused = api.postJson(
                consentsOf(caseId),
                caseWorker.token(),
                Map.of(
                        "purpose",
                        "services",
                        "givenBy",
                        "child",
                        "expiresOn",
                        LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("expiresOn").contains("case-consent-expiry-past");
    }

    @Test
    void anExpiredConsentIsListedAsExpiredAndIsNotInForce() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Fah", "Rung");
        consents.insert(new Consent(
                UUID.randomUUID(),
                UUID.fromString(caseId),
                ConsentPurpose.SERVICES,
                ConsentGiver.CHILD,
                null,
                Instant.now().minus(40, ChronoUnit.DAYS),
                LocalDate.now(ZoneOffset.UTC).minusDays(1),
                caseWorker.username(),
                null,
                null));

        JsonNode listed = api.get(consentsOf(caseId), caseWorker.token()).json();

        assertThat(listed.get("consents").get(0).get("state").asString()).isEqualTo("expired");
        assertThat(listed.get("consents").get(0).get("inForce").asBoolean()).isFalse();
        assertThat(policy.inForce(UUID.fromString(caseId), ConsentPurpose.SERVICES, null))
                .isFalse();
    }

    @Test
    void aGuardiansConsentForAnUnaccompaniedChildWaitsForTheGuardian() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Jan", "Dee");
        Map<String, Object> byGuardian = Map.of("purpose", "services", "givenBy", "guardian");

        Api.Response refused = api.postJson(consentsOf(caseId), caseWorker.token(), byGuardian);
        api.postJson("/api/v1/cases/" + caseId + "/guardian", caseWorker.token(), Map.of("name", "Somchai Rak"));
        Api.Response recorded = api.postJson(consentsOf(caseId), caseWorker.token(), byGuardian);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("case-consent-guardian-missing");
        assertThat(recorded.status()).isEqualTo(201);
    }

    @Test
    void aParentsConsentIsTakenForAChildWhoIsNeitherUnaccompaniedNorSeparated() {
        String caseId = CaseFixtures.register(
                        api, caseWorker, CaseFixtures.girlOf14("Lek", "Noi", Map.of("unaccompanied", false)))
                .json()
                .get("id")
                .asString();

        Api.Response recorded = api.postJson(
                consentsOf(caseId), caseWorker.token(), Map.of("purpose", "services", "givenBy", "guardian"));

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.json().get("givenBy").asString()).isEqualTo("guardian");
    }

    @Test
    void aWithdrawnConsentStaysInTheRecordButIsNoLongerInForce() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Nam", "Phet");
        String consentId = api.postJson(
                        consentsOf(caseId), caseWorker.token(), Map.of("purpose", "services", "givenBy", "child"))
                .json()
                .get("id")
                .asString();

        Api.Response withdrawn =
                api.postJson(consentsOf(caseId) + "/" + consentId + "/withdrawal", caseWorker.token(), Map.of());
        Api.Response again =
                api.postJson(consentsOf(caseId) + "/" + consentId + "/withdrawal", caseWorker.token(), Map.of());

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.header("ETag")).isEqualTo("\"3\"");
        assertThat(withdrawn.json().get("inForce").asBoolean()).isFalse();
        assertThat(withdrawn.json().get("withdrawnBy").asString()).isEqualTo(caseWorker.username());
        assertThat(again.status()).isEqualTo(409);
        JsonNode listed = api.get(consentsOf(caseId), caseWorker.token()).json();
        assertThat(listed.get("consents").get(0).get("state").asString()).isEqualTo("withdrawn");
        assertThat(policy.inForce(UUID.fromString(caseId), ConsentPurpose.SERVICES, null))
                .isFalse();
    }

    @Test
    void thePolicyRefusesWithoutAConsentAndPassesWithOne() {
        UUID caseId = UUID.fromString(CaseFixtures.registeredCase(api, caseWorker, "Dao", "Mai"));

        assertThatThrownBy(() -> policy.require(caseId, ConsentPurpose.INFORMATION_SHARING, "Safe Home"))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        refused -> assertThat(refused.error()).isEqualTo(CaseError.CONSENT_MISSING));
        api.postJson(
                consentsOf(caseId.toString()),
                caseWorker.token(),
                Map.of("purpose", "information_sharing", "givenBy", "child", "recipientOrganisation", "Safe Home"));

        policy.require(caseId, ConsentPurpose.INFORMATION_SHARING, "safe home");
        assertThatThrownBy(() -> policy.require(caseId, ConsentPurpose.INFORMATION_SHARING, "Another Shelter"))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> policy.require(caseId, ConsentPurpose.SERVICES, null))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void aConsentRecordedAgainstAStaleVersionIsRefusedAndNotStored() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Aom", "Chai");
        api.patchJson(
                "/api/v1/cases/" + caseId,
                caseWorker.token(),
                Map.of("riskLevel", "medium"),
                Map.of("If-Match", "\"1\""));

        Api.Response stale = api.postJson(
                consentsOf(caseId),
                caseWorker.token(),
                Map.of("purpose", "services", "givenBy", "child"),
                Map.of("If-Match", "\"1\""));
        Api.Response current = api.postJson(
                consentsOf(caseId),
                caseWorker.token(),
                Map.of("purpose", "services", "givenBy", "child"),
                Map.of("If-Match", "\"2\""));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").asString()).isEqualTo("case-stale-version");
        assertThat(stale.json().get("changedSince").get(0).get("field").asString())
                .isEqualTo("riskLevel");
        assertThat(current.status()).isEqualTo(201);
        assertThat(api.get(consentsOf(caseId), caseWorker.token()).json().get("consents"))
                .hasSize(1);
    }

    @Test
    void anotherOrganisationNeitherSeesNorRecordsNorWithdrawsConsents() {
        String caseId = CaseFixtures.registeredCase(api, caseWorker, "Kanya", "Thong");
        String consentId = api.postJson(
                        consentsOf(caseId), caseWorker.token(), Map.of("purpose", "services", "givenBy", "child"))
                .json()
                .get("id")
                .asString();
        Api.StaffUser outsider =
                api.createUserInTeam("ngo-" + UUID.randomUUID().toString().substring(0, 8), "north", "CASE_WORKER");

        assertThat(api.get(consentsOf(caseId), outsider.token()).status()).isEqualTo(404);
        assertThat(api.postJson(consentsOf(caseId), outsider.token(), Map.of("purpose", "services", "givenBy", "child"))
                        .status())
                .isEqualTo(404);
        assertThat(api.postJson(consentsOf(caseId) + "/" + consentId + "/withdrawal", outsider.token(), Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.get(consentsOf(caseId), caseWorker.token()).status()).isEqualTo(200);
        assertThat(api.get(consentsOf(caseId), caseWorker.token())
                        .json()
                        .get("consents")
                        .get(0)
                        .get("inForce")
                        .asBoolean())
                .isTrue();
    }
}
