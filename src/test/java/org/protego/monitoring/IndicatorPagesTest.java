package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.protego.reports.Category;
import org.protego.reports.Channel;
import org.protego.reports.ReportReceived;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Monitors read the indicator pages without JavaScript, with withheld cells marked; other staff are refused. */
@ProtegoTest
class IndicatorPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    FactRecorder recorder;

    Api api;
    int year;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        year = FactYears.unused();
        for (int i = 0; i < 3; i++) {
            recorder.record(new ReportReceived(
                    UUID.randomUUID(),
                    "R-" + i,
                    UUID.randomUUID(),
                    Category.GROOMING,
                    Channel.PHONE,
                    List.of(),
                    false,
                    false,
                    LocalDate.of(year, 4, 2).atStartOfDay().toInstant(ZoneOffset.UTC),
                    "FR"));
        }
    }

    @Test
    void aMonitorReadsTheDefinitionsAndATableWithWithheldCellsMarked() {
        Api browser = signedIn("MONITOR");

        Api.Response list = browser.get("/staff/monitoring/indicators", null);
        Api.Response table = browser.get(
                "/staff/monitoring/indicators/reports_received?from=" + year + "-01-01&to=" + year
                        + "-12-31&period=quarter&by1=category&by2=channel",
                null);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Reports received", "/staff/monitoring/indicators/reports_received");
        assertThat(table.status()).isEqualTo(200);
        assertThat(table.body())
                .contains("<caption>Reports received, " + year + "-01-01 to " + year + "-12-31</caption>")
                .contains("scope=\"col\"", "scope=\"row\"", year + "-Q2")
                .contains("aria-label=\"Withheld: fewer than 5, or it would reveal such a count\">&lt;5</td>")
                .contains("id=\"indicator-chart\"", "<svg", "role=\"img\"", "figures.csv?", "figures.sdmx.csv?")
                .doesNotContain("<script");
    }

    @Test
    void anAdministratorReadsTheIndicatorPage() {
        Api browser = signedIn("ADMIN");

        assertThat(browser.get("/staff/monitoring/indicators/children_registered?by1=sex", null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void otherStaffAreRefusedThePages() {
        for (String role : List.of("CASE_WORKER", "ANALYST", "SUPERVISOR")) {
            Api browser = signedIn(role);
            assertThat(browser.get("/staff/monitoring/indicators", null).status())
                    .as(role)
                    .isEqualTo(403);
            assertThat(browser.get("/staff/monitoring/indicators/reports_received", null)
                            .status())
                    .as(role)
                    .isEqualTo(403);
        }
    }

    @Test
    void aBreakdownTheIndicatorDoesNotHaveIsExplainedOnTheErrorPage() {
        Api browser = signedIn("MONITOR");

        Api.Response answer = browser.get("/staff/monitoring/indicators/reports_received?by1=sex", null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("category, channel, country");
    }

    private Api signedIn(String role) {
        var user = api.createUser("hotline", role);
        Api browser = new Api(port);
        browser.signIn(user);
        return browser;
    }
}
