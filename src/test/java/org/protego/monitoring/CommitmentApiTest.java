package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A monitor reads the State's commitments, assesses them, names their owners and adds evidence; the owner's supervisors
 * read the commitments they own, and nobody else reads any.
 */
@ProtegoTest
class CommitmentApiTest {

    @LocalServerPort
    int port;

    Api api;
    Api.StaffUser monitor;
    String organisation;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organisation = "Ministry " + UUID.randomUUID().toString().substring(0, 8);
        monitor = api.createUser("Monitoring body", "MONITOR");
    }

    JsonNode line(JsonNode list, String code) {
        return list.valueStream()
                .filter(line -> line.get("code").asString().equals(code))
                .findFirst()
                .orElse(null);
    }

    @Test
    void theListGivesEveryCommitmentWithItsSourceDeadlineAndStatusOverdueOnesFirst() {
        Api.Response listed = api.get("/api/v1/commitments", monitor.token());

        assertThat(listed.status()).isEqualTo(200);
        JsonNode reporting = line(listed.json(), "GVA-ISD-07");
        assertThat(reporting.get("document").asString()).isEqualTo("Geneva Call to Action");
        assertThat(reporting.get("section").asString())
                .isEqualTo("Intersectoral initiatives, strategies and directions");
        assertThat(reporting.get("paragraph").asString()).isEqualTo("7");
        assertThat(reporting.get("quote").asString())
                .isEqualTo("By 2013, complete a mapping and assessment of referral mechanisms.");
        assertThat(reporting.get("deadline").asString()).isEqualTo("2013-12-31");
        assertThat(reporting.has("status")).isTrue();
        assertThat(reporting.has("owner")).isTrue();
        List<Boolean> overdue = listed.json()
                .valueStream()
                .map(line -> line.get("overdue").asBoolean())
                .toList();
        assertThat(overdue.indexOf(false)).isGreaterThan(0);
        assertThat(overdue.subList(overdue.indexOf(false), overdue.size())).doesNotContain(true);
        assertThat(line(listed.json(), "RIO-C1A-01").get("deadline").isNull()).isTrue();
    }

    @Test
    void metAfterTheDeadlineIsRecordedAsMetLateAndIsNoLongerOverdue() {
        Api.Response assessed = api.putJson(
                "/api/v1/commitments/GVA-ISD-18/assessment",
                monitor.token(),
                Map.of("status", "met", "metOn", "2016-02-01", "note", "Study published by the institute."));

        assertThat(assessed.status()).isEqualTo(200);
        assertThat(assessed.json().get("status").asString()).isEqualTo("met_late");
        assertThat(assessed.json().get("overdue").asBoolean()).isFalse();
        JsonNode history = assessed.json().get("history").get(0);
        assertThat(history.get("change").asString()).isEqualTo("assessed");
        assertThat(history.get("status").asString()).isEqualTo("met_late");
        assertThat(history.get("by").asString()).isEqualTo(monitor.username());
        assertThat(api.get("/api/v1/audit/entries?subjectId=GVA-ISD-18", api.adminToken())
                        .json()
                        .findValuesAsString("action"))
                .contains("commitment.assessed");
    }

    @Test
    void metNeedsTheDayItWasMetAndAnUnknownStatusIsRefused() {
        Api.Response noDay =
                api.putJson("/api/v1/commitments/GVA-ISD-03/assessment", monitor.token(), Map.of("status", "met"));
        Api.Response unknown =
                api.putJson("/api/v1/commitments/GVA-ISD-03/assessment", monitor.token(), Map.of("status", "yes"));
        Api.Response future = api.putJson(
                "/api/v1/commitments/GVA-ISD-03/assessment",
                monitor.token(),
                Map.of("status", "met", "metOn", "2999-01-01"));

        assertThat(noDay.status()).isEqualTo(400);
        assertThat(noDay.body()).contains("commitment-met-on-required");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("commitment-status-invalid");
        assertThat(future.body()).contains("monitoring-date-in-future");
    }

    @Test
    void anAssessmentOverAnOlderVersionIsRefused() {
        long version = api.get("/api/v1/commitments/RIO-C2-11", monitor.token())
                .json()
                .get("version")
                .asLong();
        api.putJson(
                "/api/v1/commitments/RIO-C2-11/assessment",
                monitor.token(),
                Map.of("status", "partially_met", "version", version));

        Api.Response stale = api.putJson(
                "/api/v1/commitments/RIO-C2-11/assessment",
                monitor.token(),
                Map.of("status", "not_met", "version", version));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("commitment-stale");
    }

    @Test
    void theOwnersSupervisorReadsTheCommitmentItOwnsAndAnotherOrganisationsSupervisorDoesNot() {
        Api.StaffUser owner = api.createUser(organisation, "SUPERVISOR");
        Api.StaffUser other = api.createUser("Other " + organisation, "SUPERVISOR");
        Api.Response named = api.putJson(
                "/api/v1/commitments/GVA-ISD-11/owner", api.adminToken(), Map.of("organisation", organisation));

        assertThat(named.status()).isEqualTo(200);
        assertThat(named.json().get("owner").asString()).isEqualTo(organisation);
        JsonNode owned = api.get("/api/v1/commitments", owner.token()).json();
        assertThat(owned.valueStream().map(line -> line.get("code").asString())).containsExactly("GVA-ISD-11");
        assertThat(api.get("/api/v1/commitments/GVA-ISD-11", owner.token()).status())
                .isEqualTo(200);

        assertThat(api.get("/api/v1/commitments", other.token())
                        .json()
                        .valueStream()
                        .toList())
                .isEmpty();
        assertThat(api.get("/api/v1/commitments/GVA-ISD-11", other.token()).status())
                .isEqualTo(404);
        assertThat(api.putJson(
                                "/api/v1/commitments/GVA-ISD-11/assessment",
                                owner.token(),
                                Map.of("status", "met", "metOn", "2016-01-01"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anUnknownOwnerIsRefused() {
        Api.Response refused = api.putJson(
                "/api/v1/commitments/GVA-ISD-02/owner", monitor.token(), Map.of("organisation", "No such body"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("commitment-owner-unknown");
    }

    @Test
    void evidenceIsADocumentALinkOrALiveIndicatorAndJoinsTheHistory() {
        Api.Response document = api.postJson(
                "/api/v1/commitments/RIO-C1A-16/evidence",
                monitor.token(),
                Map.of(
                        "kind",
                        "document",
                        "title",
                        "National Plan of Action 2024-2028",
                        "url",
                        "https://example.org/npa.pdf"));
        Api.Response indicator = api.postJson(
                "/api/v1/commitments/RIO-C1A-16/evidence",
                monitor.token(),
                Map.of("kind", "indicator", "indicator", "reports_received"));
        Api.Response badLink = api.postJson(
                "/api/v1/commitments/RIO-C1A-16/evidence",
                monitor.token(),
                Map.of("kind", "link", "url", "javascript:alert(1)"));

        assertThat(document.status()).isEqualTo(201);
        assertThat(indicator.status()).isEqualTo(201);
        assertThat(badLink.status()).isEqualTo(400);
        assertThat(badLink.body()).contains("evidence-url-invalid");
        JsonNode view =
                api.get("/api/v1/commitments/RIO-C1A-16", monitor.token()).json();
        assertThat(view.get("evidence").findValuesAsString("kind")).contains("document", "indicator");
        assertThat(view.get("evidence").findValuesAsString("indicator")).contains("reports_received");
        assertThat(view.get("history").findValuesAsString("change")).contains("evidence");
    }

    @Test
    void anAnalystIsRefusedEveryCommitmentEndpoint() {
        Api.StaffUser analyst = api.createUser("hotline", "ANALYST");

        assertThat(api.get("/api/v1/commitments", analyst.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/commitments/RIO-C1A-22", analyst.token()).status())
                .isEqualTo(403);
        assertThat(api.putJson(
                                "/api/v1/commitments/RIO-C1A-22/assessment",
                                analyst.token(),
                                Map.of("status", "no_data"))
                        .status())
                .isEqualTo(403);
        assertThat(api.putJson("/api/v1/commitments/RIO-C1A-22/owner", analyst.token(), Map.of("organisation", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(api.postJson(
                                "/api/v1/commitments/RIO-C1A-22/evidence",
                                analyst.token(),
                                Map.of("kind", "indicator", "indicator", "reports_received"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/instruments", analyst.token()).status()).isEqualTo(403);
        assertThat(api.putJson("/api/v1/instruments/CRC/status", analyst.token(), Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/codes-of-conduct", analyst.token()).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/companies", analyst.token()).status()).isEqualTo(403);
        assertThat(api.postJson("/api/v1/companies", analyst.token(), Map.of()).status())
                .isEqualTo(403);
        assertThat(api.postJson("/api/v1/companies/" + UUID.randomUUID() + "/self-reports", analyst.token(), Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(api.putJson("/api/v1/self-reports/" + UUID.randomUUID() + "/assessment", analyst.token(), Map.of())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aMonitorReadsTheCommitmentsAndAnAdministratorToo() {
        assertThat(api.get("/api/v1/commitments/RIO-C1A-22", monitor.token())
                        .json()
                        .get("quote")
                        .asString())
                .startsWith("Establish by 2013 an effective and accessible system for reporting");
        assertThat(api.get("/api/v1/commitments", api.adminToken()).json().size())
                .isGreaterThanOrEqualTo(19);
        assertThat(api.get("/api/v1/commitments/NO-SUCH-01", monitor.token()).status())
                .isEqualTo(404);
    }
}
