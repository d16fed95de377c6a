package org.protego.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.Fixtures;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An industry member sees how its own submission progresses, never what the hotline concluded about a URL for someone
 * else's report: submitting a URL must not be a way to ask whether the hotline judged it illegal.
 */
@ProtegoTest
class SubmissionOutcomeTest {

    @LocalServerPort
    int port;

    Api api;
    Api.StaffUser analyst;
    Api.StaffUser isp;

    @BeforeEach
    void users() {
        api = new Api(port);
        analyst = api.createUser("hotline", "ANALYST");
        isp = api.createUser("isp-" + UUID.randomUUID(), "INDUSTRY");
    }

    String submitted(String url) {
        var answer = api.postJson(
                "/api/v1/industry/reports",
                isp.token(),
                Map.of("urls", List.of(url), "category", "child_sexual_abuse_material"));
        assertThat(answer.status()).isEqualTo(201);
        return answer.json().get("reference").asString();
    }

    /** The outcome of the submission's one URL, once triage has filed the submission. */
    JsonNode outcomeOf(String reference) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/industry/reports/" + reference, isp.token())
                                .json()
                                .size()
                        == 1);
        return api.get("/api/v1/industry/reports/" + reference, isp.token())
                .json()
                .get(0);
    }

    void assess(String item, String outcome) {
        var saved =
                api.postJson("/api/v1/url-items/" + item + "/assessment", analyst.token(), Map.of("outcome", outcome));
        assertThat(saved.status()).isEqualTo(201);
    }

    @Test
    void aUrlTheHotlineAssessedForAnEarlierReportShowsAsAwaitingAssessment() {
        String url = Fixtures.uniqueUrl("/earlier");
        String item = Fixtures.reportedItem(api, analyst, url);
        assess(item, "csam_baseline");

        var outcome = outcomeOf(submitted(url));

        assertThat(outcome.get("state").asString()).isEqualTo("AWAITING_ASSESSMENT");
        assertThat(outcome.hasNonNull("outcome")).isFalse();
        assertThat(outcome.toString()).doesNotContain("csam_baseline");
    }

    @Test
    void anAssessmentMadeAfterTheSubmissionWasReceivedIsShown() {
        String url = Fixtures.uniqueUrl("/later");
        String item = Fixtures.reportedItem(api, analyst, url);
        assess(item, "csam_baseline");
        String reference = submitted(url);
        outcomeOf(reference);

        assess(item, "not_illegal");

        var outcome = outcomeOf(reference);
        assertThat(outcome.get("state").asString()).isEqualTo("ASSESSED");
        assertThat(outcome.get("outcome").asString()).isEqualTo("not_illegal");
    }
}
