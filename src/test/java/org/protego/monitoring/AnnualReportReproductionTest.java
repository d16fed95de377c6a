package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.protego.reports.Category;
import org.protego.reports.Channel;
import org.protego.reports.ReportReceived;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A published report's figures are computed again from the stored definitions and the facts recorded before its
 * cut-off, and come out equal, even after more facts of the same year arrived; a new draft counts those.
 */
@ProtegoTest
class AnnualReportReproductionTest {

    static final String REPORTS = "/api/v1/annual-reports";

    /** A year no other test reports on or records facts in. */
    static final int YEAR = 2019;

    @LocalServerPort
    int port;

    @Autowired
    FactRecorder recorder;

    @Test
    void aPublishedReportsFiguresReproduceAfterMoreFactsOfItsYearArrive() {
        Api api = new Api(port);
        var drafter = api.createUser("hotline", "MONITOR");
        var approver = api.createUser("hotline", "MONITOR");
        reports(Category.GROOMING, Channel.WEB, 12);
        reports(Category.GROOMING, Channel.PHONE, 3);
        String id = api.postJson(REPORTS, drafter.token(), Map.of("year", YEAR, "language", "en"))
                .json()
                .get("id")
                .asString();
        assertThat(api.postJson(REPORTS + "/" + id + "/approval", approver.token(), Map.of())
                        .status())
                .isEqualTo(200);
        long published = yearTotal(
                api.get(REPORTS + "/" + id + "/snapshot", drafter.token()).json());

        reports(Category.GROOMING, Channel.WEB, 6);
        JsonNode reproduction =
                api.get(REPORTS + "/" + id + "/reproduction", approver.token()).json();
        String laterDraft = api.postJson(REPORTS, drafter.token(), Map.of("year", YEAR, "language", "en"))
                .json()
                .get("id")
                .asString();
        long later = yearTotal(api.get(REPORTS + "/" + laterDraft + "/snapshot", drafter.token())
                .json());

        assertThat(reproduction.get("reproduced").asBoolean()).isTrue();
        assertThat(reproduction.get("differing")).isEmpty();
        assertThat(reproduction.get("tables").asInt()).isGreaterThan(10);
        assertThat(later).isEqualTo(published + 6);
    }

    @Test
    void onlyMonitorsAskForAReproduction() {
        Api api = new Api(port);
        var drafter = api.createUser("hotline", "MONITOR");
        var analyst = api.createUser("hotline", "ANALYST");
        String id = api.postJson(REPORTS, drafter.token(), Map.of("year", YEAR, "language", "en"))
                .json()
                .get("id")
                .asString();

        assertThat(api.get(REPORTS + "/" + id + "/reproduction", analyst.token())
                        .status())
                .isEqualTo(403);
        assertThat(api.get(REPORTS + "/" + id + "/reproduction", drafter.token())
                        .status())
                .isEqualTo(200);
    }

    private static long yearTotal(JsonNode snapshot) {
        JsonNode table = StreamSupport.stream(
                        snapshot.get("indicators").get("tables").spliterator(), false)
                .filter(t -> t.get("indicator").asString().equals("reports_received"))
                .filter(t -> t.get("by").isEmpty() && t.get("period").asString().equalsIgnoreCase("year"))
                .findFirst()
                .orElseThrow();
        JsonNode cell = table.get("cells").get(0);
        assertThat(cell.get("suppressed").asBoolean()).isFalse();
        return cell.get("value").asLong();
    }

    private void reports(Category category, Channel channel, int count) {
        for (int i = 0; i < count; i++) {
            recorder.record(new ReportReceived(
                    UUID.randomUUID(),
                    "R-" + i,
                    UUID.randomUUID(),
                    category,
                    channel,
                    List.of(),
                    false,
                    false,
                    LocalDate.of(YEAR, 5, 4).atStartOfDay().toInstant(ZoneOffset.UTC),
                    "FR"));
        }
    }
}
