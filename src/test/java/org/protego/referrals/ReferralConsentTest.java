package org.protego.referrals;

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

/** A referral needs a service that fits the child and a consent to share with its organisation, named. */
@ProtegoTest
class ReferralConsentTest {

    static final List<String> FIELDS = List.of("givenName", "age");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ReferralSetUp setUp;

    @BeforeEach
    void setUp() {
        setUp = new ReferralSetUp(new Api(port), jdbc);
    }

    @Test
    void withAConsentNamingTheServicesOrganisationTheReferralIsSent() {
        setUp.consentFor(setUp.shelterOrganisation);

        Api.Response sent = setUp.refer(setUp.caseWorker, setUp.shelter, "high", FIELDS);

        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.json().get("state").asString()).isEqualTo("sent");
        assertThat(sent.header("Location"))
                .endsWith("/api/v1/referrals/" + sent.json().get("id").asString());
    }

    @Test
    void withoutAnyConsentTheReferralIsRefusedNamingThePurposeAndTheOrganisation() {
        Api.Response refused = setUp.refer(setUp.caseWorker, setUp.shelter, "high", FIELDS);

        assertConsentRequired(refused);
    }

    @Test
    void aConsentForAnotherOrganisationDoesNotCount() {
        setUp.consentFor("Another Shelter");

        assertConsentRequired(setUp.refer(setUp.caseWorker, setUp.shelter, "high", FIELDS));
    }

    @Test
    void aWithdrawnConsentDoesNotCount() {
        String consentId = setUp.consentFor(setUp.shelterOrganisation);
        Api.Response withdrawn = setUp.api.postJson(
                "/api/v1/cases/" + setUp.caseId + "/consents/" + consentId + "/withdrawal",
                setUp.caseWorker.token(),
                Map.of());
        assertThat(withdrawn.status()).isEqualTo(200);

        assertConsentRequired(setUp.refer(setUp.caseWorker, setUp.shelter, "high", FIELDS));
    }

    @Test
    void aServiceThatDoesNotTakeTheChildsSexOrAgeIsRefusedAsNotEligible() {
        setUp.consentFor(setUp.shelterOrganisation);
        UUID boys = setUp.service(setUp.shelterOrganisation, "Boys' House", "shelter", 12, 17, List.of("male"));
        UUID young = setUp.service(setUp.shelterOrganisation, "Little Ones", "shelter", 0, 11, List.of());

        Api.Response toBoys = setUp.refer(setUp.caseWorker, boys, "normal", FIELDS);
        Api.Response toYoung = setUp.refer(setUp.caseWorker, young, "normal", FIELDS);

        assertThat(toBoys.status()).isEqualTo(409);
        assertThat(toBoys.json().get("code").asString()).isEqualTo("referral-not-eligible");
        assertThat(toYoung.json().get("code").asString()).isEqualTo("referral-not-eligible");
    }

    @Test
    void anInactiveOrUnknownServiceIsNotFound() {
        setUp.consentFor(setUp.shelterOrganisation);
        UUID closed = setUp.service(setUp.shelterOrganisation, "Closed House", "shelter", 12, 17, List.of());
        jdbc.sql("update directory_service set status = 'inactive' where id = :id")
                .param("id", closed)
                .update();

        assertThat(setUp.refer(setUp.caseWorker, closed, "normal", FIELDS).status())
                .isEqualTo(404);
        assertThat(setUp.refer(setUp.caseWorker, UUID.randomUUID(), "normal", FIELDS)
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("referral-service-not-found");
    }

    @Test
    void aCaseWorkerOfAnotherTeamCannotReferTheChild() {
        setUp.consentFor(setUp.shelterOrganisation);
        Api.StaffUser otherTeam = setUp.api.createUserInTeam(setUp.organisation, "south", "CASE_WORKER");

        assertThat(setUp.refer(otherTeam, setUp.shelter, "normal", FIELDS).status())
                .isEqualTo(404);
    }

    @Test
    void aFieldThatCannotBeSharedAndAnUnknownUrgencyAreRefused() {
        setUp.consentFor(setUp.shelterOrganisation);

        Api.Response unknownField = setUp.refer(setUp.caseWorker, setUp.shelter, "normal", List.of("password"));
        Api.Response unknownUrgency = setUp.refer(setUp.caseWorker, setUp.shelter, "tomorrow", FIELDS);

        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.body()).contains("case-shared-field-unknown");
        assertThat(unknownUrgency.status()).isEqualTo(400);
        assertThat(unknownUrgency.body()).contains("referral-urgency-invalid");
    }

    private void assertConsentRequired(Api.Response refused) {
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("code").asString()).isEqualTo("consent-required");
        assertThat(problem.get("purpose").asString()).isEqualTo("information_sharing");
        assertThat(problem.get("recipientOrganisation").asString()).isEqualTo(setUp.shelterOrganisation);
        assertThat(problem.get("detail").asString())
                .contains("information_sharing")
                .contains(setUp.shelterOrganisation);
    }
}
