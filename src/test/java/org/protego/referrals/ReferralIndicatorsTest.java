package org.protego.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
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

/** Supervisors count referrals made, accepted, declined by reason and completed, and time to acceptance by sector. */
@ProtegoTest
class ReferralIndicatorsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ReferralSetUp setUp;
    String sector;
    String yesterday;
    String today;

    @BeforeEach
    void setUp() {
        setUp = new ReferralSetUp(new Api(port), jdbc);
        sector = "sector_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("update directory_organisation set sector = :sector where organisation_id = :org")
                .param("sector", sector)
                .param("org", setUp.organisationIdOf(setUp.shelterOrganisation))
                .update();
        today = LocalDate.now(ZoneOffset.UTC).toString();
        // The accepted referral is sent three hours back, which may be yesterday.
        yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    }

    JsonNode figures(Api.StaffUser who) {
        return setUp.api
                .get("/api/v1/referrals/indicators?from=" + yesterday + "&to=" + today, who.token())
                .json();
    }

    @Test
    void eachStepCountsAndTheMedianTimeToAcceptanceIsGivenForTheSector() {
        JsonNode before = figures(setUp.supervisor);
        String accepted = setUp.referredToTheShelter("high");
        String declined = setUp.refer(setUp.caseWorker, setUp.shelter, "normal", java.util.List.of("age"))
                .json()
                .get("id")
                .asString();
        jdbc.sql("update referrals_referral set sent_at = sent_at - interval '3 hours' where id = :id")
                .param("id", UUID.fromString(accepted))
                .update();
        setUp.move(setUp.shelterStaff, accepted, "accept", Map.of());
        setUp.move(setUp.shelterStaff, accepted, "start", Map.of());
        setUp.move(setUp.shelterStaff, accepted, "complete", Map.of("feedback", "Done."));
        setUp.move(setUp.shelterStaff, declined, "decline", Map.of("reason", "outside_area"));

        JsonNode after = figures(setUp.supervisor);

        assertThat(after.get("made").asLong() - before.get("made").asLong()).isEqualTo(2);
        assertThat(after.get("accepted").asLong() - before.get("accepted").asLong())
                .isEqualTo(1);
        assertThat(after.get("completed").asLong() - before.get("completed").asLong())
                .isEqualTo(1);
        assertThat(after.get("declinedByReason").get("outside_area").asLong()
                        - before.get("declinedByReason").path("outside_area").asLong(0))
                .isEqualTo(1);
        assertThat(after.get("medianHoursToAcceptance").get(sector).asDouble()).isBetween(2.9, 3.1);
        assertThat(after.toString()).doesNotContain("Malee").doesNotContain("C-");
    }

    @Test
    void aMonitorReadsTheseUnsuppressedFiguresOnlyThroughMonitoring() {
        Api.StaffUser monitor = setUp.api.createUser(setUp.organisation, "MONITOR");

        assertThat(setUp.api
                        .get("/api/v1/referrals/indicators?from=" + today + "&to=" + today, monitor.token())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aSupervisorMayReadThemAndACaseWorkerOrServiceProviderMayNot() {
        assertThat(setUp.api
                        .get("/api/v1/referrals/indicators?from=" + today + "&to=" + today, setUp.supervisor.token())
                        .status())
                .isEqualTo(200);
        assertThat(setUp.api
                        .get("/api/v1/referrals/indicators?from=" + today + "&to=" + today, setUp.caseWorker.token())
                        .status())
                .isEqualTo(403);
        assertThat(setUp.api
                        .get("/api/v1/referrals/indicators?from=" + today + "&to=" + today, setUp.shelterStaff.token())
                        .status())
                .isEqualTo(403);
    }
}
