package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Monitors and administrators read indicators through the API, counted from what was recorded; nobody else does. */
@ProtegoTest
class IndicatorApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    int year;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        year = LocalDate.now(ZoneOffset.UTC).getYear();
    }

    @Test
    void aMonitorListsTheIndicatorsWithTheirVersionsAndChecksums() {
        var monitor = api.createUser("hotline", "MONITOR");

        Api.Response answer = api.get("/api/v1/indicators", monitor.token());

        assertThat(answer.status()).isEqualTo(200);
        JsonNode reports = StreamSupport.stream(answer.json().spliterator(), false)
                .filter(node -> node.get("code").asString().equals("reports_received"))
                .findFirst()
                .orElseThrow();
        assertThat(reports.get("version").asInt()).isEqualTo(1);
        assertThat(reports.get("title").asString()).isEqualTo("Reports received");
        assertThat(reports.get("sha256").asString()).hasSize(64);
        assertThat(reports.get("dimensions").toString()).isEqualTo("[\"category\",\"channel\",\"country\"]");
    }

    @Test
    void anAdministratorReadsAnIndicator() {
        Api.Response answer = api.get("/api/v1/indicators/children_registered?by=sex", api.adminToken());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("by").toString()).isEqualTo("[\"sex\"]");
    }

    @Test
    void nobodyElseListsOrReadsIndicators() {
        for (String role : new String[] {"ANALYST", "CASE_WORKER", "SUPERVISOR"}) {
            var user = api.createUser("hotline", role);
            assertThat(api.get("/api/v1/indicators", user.token()).status())
                    .as(role)
                    .isEqualTo(403);
            assertThat(api.get("/api/v1/indicators/reports_received", user.token())
                            .status())
                    .as(role)
                    .isEqualTo(403);
        }
        var industry = api.createUser("isp-" + UUID.randomUUID(), "INDUSTRY");
        assertThat(api.get("/api/v1/indicators/reports_received", industry.token())
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/indicators/reports_received", null).status())
                .isEqualTo(401);
    }

    @Test
    void reportsMadeThroughTheApiAreCountedByCategoryAndChannel() {
        var monitor = api.createUser("hotline", "MONITOR");
        for (int i = 0; i < 5; i++) {
            api.submitReport(Map.of("category", "travel_and_tourism", "description", "counted by monitoring " + i));
        }
        String channel = jdbc.sql("select lower(channel) from reports_report order by received_at desc limit 1")
                .query(String.class)
                .single();

        // Other tests fill the same database, so which small cells secondary suppression withholds around this
        // test's cell is not up to it: every published figure must be the true one, and the year's total always is.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode answer = api.get(
                            "/api/v1/indicators/reports_received?by=category,channel&from=" + year + "-01-01&to=" + year
                                    + "-12-31",
                            monitor.token())
                    .json();
            JsonNode total = cell(answer, "_T", "_T");
            assertThat(total.get("suppressed").asBoolean()).isFalse();
            assertThat(total.get("value").asLong()).isEqualTo(reportsInYear("true", channel));
            for (String[] codes :
                    new String[][] {{"travel_and_tourism", channel}, {"travel_and_tourism", "_T"}, {"_T", channel}}) {
                JsonNode published = cell(answer, codes[0], codes[1]);
                assertThat(published.get("period").asString()).isEqualTo(Integer.toString(year));
                if (published.get("suppressed").asBoolean()) {
                    assertThat(published.get("value").isNull()).isTrue();
                } else {
                    String where = (codes[0].equals("_T") ? "true" : "category = 'TRAVEL_AND_TOURISM'")
                            + (codes[1].equals("_T") ? "" : " and lower(channel) = :channel");
                    assertThat(published.get("value").asLong())
                            .as("%s by %s", codes[0], codes[1])
                            .isEqualTo(reportsInYear(where, channel));
                }
            }
        });
    }

    private static JsonNode cell(JsonNode answer, String category, String channel) {
        return StreamSupport.stream(answer.get("cells").spliterator(), false)
                .filter(c -> c.get("category").asString().equals(category)
                        && c.get("channel").asString().equals(channel))
                .findFirst()
                .orElseThrow();
    }

    private long reportsInYear(String where, String channel) {
        var query = jdbc.sql("select count(*) from reports_report where " + where
                        + " and extract(year from received_at at time zone 'UTC') = :year")
                .param("year", year);
        if (where.contains(":channel")) {
            query = query.param("channel", channel);
        }
        return query.query(Long.class).single();
    }

    @Test
    void anUnknownIndicatorIsNotFound() {
        var monitor = api.createUser("hotline", "MONITOR");

        Api.Response answer = api.get("/api/v1/indicators/no_such_thing", monitor.token());

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("code").asString()).isEqualTo("indicator-unknown");
    }

    @Test
    void theTakedownIndicatorsOfTheTakedownModuleKeepTheirPath() {
        Api.Response answer =
                api.get("/api/v1/indicators/takedown?from=" + year + "-01-01&to=" + year + "-12-31", api.adminToken());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().has("cells")).isFalse();
    }

    @Test
    void badRequestsAreRefusedWithTheirReason() {
        var monitor = api.createUser("hotline", "MONITOR");
        String base = "/api/v1/indicators/reports_received";

        JsonNode invalid = api.get(base + "?by=sex", monitor.token()).json();
        assertThat(invalid.get("status").asInt()).isEqualTo(400);
        assertThat(invalid.get("code").asString()).isEqualTo("indicator-dimension-invalid");
        assertThat(invalid.get("detail").asString()).contains("category, channel, country");
        assertThat(api.get(base + "?by=category,channel,country", monitor.token())
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("indicator-too-many-dimensions");
        assertThat(api.get(base + "?from=2026-01-01&to=2026-01-15&period=month", monitor.token())
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("indicator-period-unaligned");
        Api.Response badDate = api.get(base + "?from=yesterday", monitor.token());
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("code").asString()).isEqualTo("indicator-date-invalid");
    }
}
