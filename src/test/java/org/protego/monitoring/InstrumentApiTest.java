package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A monitor reads the instruments the documents name and records the State's facts about them. */
@ProtegoTest
class InstrumentApiTest {

    @LocalServerPort
    int port;

    Api api;
    Api.StaffUser monitor;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        monitor = api.createUser("Monitoring body", "MONITOR");
    }

    JsonNode instrument(String code) {
        return api.get("/api/v1/instruments", monitor.token())
                .json()
                .valueStream()
                .filter(instrument -> instrument.get("code").asString().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theInstrumentsCarryTheirInternationalDates() {
        JsonNode opsc = instrument("OPSC");

        assertThat(opsc.get("adoptedOn").asString()).isEqualTo("2000-05-25");
        assertThat(opsc.get("inForceOn").asString()).isEqualTo("2002-01-18");
        assertThat(opsc.get("treatyReference").asString()).isEqualTo("UNTC IV-11-c");
    }

    @Test
    void theStatesFactsAreRecordedWithHistoryAndAudit() {
        Api.Response changed = api.putJson(
                "/api/v1/instruments/LANZAROTE/status",
                monitor.token(),
                Map.of(
                        "signedOn", "2008-10-25",
                        "consentOn", "2011-03-01",
                        "consentType", "ratification",
                        "inForceForStateOn", "2011-07-01",
                        "reservations", "Article 24, paragraph 3",
                        "asOf", "2026-01-15",
                        "source", "Council of Europe treaty office"));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("state").get("consentType").asString()).isEqualTo("ratification");
        assertThat(instrument("LANZAROTE").get("state").get("inForceForStateOn").asString())
                .isEqualTo("2011-07-01");
        assertThat(api.get("/api/v1/audit/entries?subjectId=LANZAROTE", api.adminToken())
                        .json()
                        .findValuesAsString("action"))
                .contains("instrument.status-changed");
    }

    @Test
    void datesOutOfOrderOrInTheFutureAndUnknownConsentTypesAreRefused() {
        Api.Response outOfOrder = api.putJson(
                "/api/v1/instruments/BUDAPEST/status",
                monitor.token(),
                Map.of("signedOn", "2010-01-01", "consentOn", "2009-01-01"));
        Api.Response future =
                api.putJson("/api/v1/instruments/BUDAPEST/status", monitor.token(), Map.of("signedOn", "2999-01-01"));
        Api.Response unknownType =
                api.putJson("/api/v1/instruments/BUDAPEST/status", monitor.token(), Map.of("consentType", "signature"));

        assertThat(outOfOrder.status()).isEqualTo(400);
        assertThat(outOfOrder.body()).contains("instrument-dates-out-of-order");
        assertThat(future.body()).contains("monitoring-date-in-future");
        assertThat(unknownType.body()).contains("instrument-consent-type-invalid");
    }

    @Test
    void aSupervisorReadsNoInstrumentsAndAnAdministratorReadsThem() {
        Api.StaffUser supervisor = api.createUser("hotline", "SUPERVISOR");

        assertThat(api.get("/api/v1/instruments", supervisor.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/instruments", api.adminToken()).status()).isEqualTo(200);
    }
}
