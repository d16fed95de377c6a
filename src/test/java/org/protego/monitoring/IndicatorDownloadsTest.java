package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.protego.reports.Category;
import org.protego.reports.Channel;
import org.protego.reports.ReportReceived;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The indicator API answers the same figures as SDMX-CSV 2.0 and as plain CSV, by the Accept header, and the page
 * offers both as downloads; a withheld cell is empty and flagged there as in the JSON.
 */
@ProtegoTest
class IndicatorDownloadsTest {

    static final String SDMX = "application/vnd.sdmx.data+csv;version=2.0.0";

    @LocalServerPort
    int port;

    @Autowired
    FactRecorder recorder;

    Api api;
    int year;
    String query;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        year = FactYears.unused();
        reports(Category.GROOMING, Channel.PHONE, 3);
        reports(Category.GROOMING, Channel.WEB, 30);
        reports(Category.GROOMING, Channel.API, 25);
        reports(Category.TRAFFICKING, Channel.PHONE, 20);
        reports(Category.TRAFFICKING, Channel.WEB, 40);
        reports(Category.TRAFFICKING, Channel.API, 35);
        query = "?from=" + year + "-01-01&to=" + year + "-12-31&by=category,channel";
    }

    @Test
    void sdmxCsvFlagsTheWithheldCellConfidentialWithAnEmptyValue() throws IOException {
        var monitor = api.createUser("hotline", "MONITOR");

        for (String accept : List.of(SDMX, "application/vnd.sdmx.data+csv; version=2.0.0")) {
            Api.Response answer =
                    api.get("/api/v1/indicators/reports_received" + query, monitor.token(), Map.of("Accept", accept));

            assertThat(answer.status()).as(accept).isEqualTo(200);
            assertThat(answer.header("Content-Type")).startsWith("application/vnd.sdmx.data+csv");
            List<CSVRecord> rows = rows(answer.body());
            assertThat(rows.get(0).toList())
                    .startsWith("STRUCTURE", "STRUCTURE_ID", "ACTION")
                    .contains("OBS_VALUE", "OBS_STATUS", "CONF_STATUS");
            Map<String, String> small = row(rows, "GROOMING", "PHONE");
            assertThat(small.get("OBS_VALUE")).isEmpty();
            assertThat(small.get("OBS_STATUS")).isEqualTo("Q");
            assertThat(small.get("CONF_STATUS")).isEqualTo("C");
            Map<String, String> large = row(rows, "TRAFFICKING", "WEB");
            assertThat(large.get("OBS_VALUE")).isEqualTo("40");
            assertThat(large.get("OBS_STATUS")).isEqualTo("A");
            assertThat(large.get("CONF_STATUS")).isEqualTo("F");
            assertThat(large.get("STRUCTURE_ID")).isEqualTo("PROTEGO:DF_INDICATORS(1.0.0)");
            assertThat(large.get("TIME_PERIOD")).isEqualTo(Integer.toString(year));
        }
    }

    @Test
    void plainCsvHasProtegosCodesAndMarksTheWithheldCell() throws IOException {
        var monitor = api.createUser("hotline", "MONITOR");

        Api.Response answer =
                api.get("/api/v1/indicators/reports_received" + query, monitor.token(), Map.of("Accept", "text/csv"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("text/csv");
        List<CSVRecord> rows = rows(answer.body());
        assertThat(rows.get(0).toList())
                .containsExactly("indicator", "version", "period", "category", "channel", "value", "suppressed");
        assertThat(rows)
                .anySatisfy(row -> assertThat(row.toList())
                        .containsExactly(
                                "reports_received", "1", Integer.toString(year), "grooming", "phone", "", "true"));
        assertThat(rows)
                .anySatisfy(row -> assertThat(row.toList())
                        .containsExactly(
                                "reports_received", "1", Integer.toString(year), "trafficking", "web", "40", "false"));
    }

    @Test
    void theSameFiguresDownloadFromThePageForASignedInMonitor() throws IOException {
        var monitor = api.createUser("hotline", "MONITOR");
        Api browser = new Api(port);
        browser.signIn(monitor);

        Api.Response sdmx = browser.get(
                "/staff/monitoring/indicators/reports_received/figures.sdmx.csv" + query + "&period=year", null);
        Api.Response csv =
                browser.get("/staff/monitoring/indicators/reports_received/figures.csv" + query + "&period=year", null);

        assertThat(sdmx.status()).isEqualTo(200);
        assertThat(sdmx.header("Content-Disposition")).contains("attachment", "reports_received");
        assertThat(row(rows(sdmx.body()), "GROOMING", "PHONE").get("CONF_STATUS"))
                .isEqualTo("C");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("grooming,phone,,true");
    }

    @Test
    void otherStaffCannotDownloadTheFigures() {
        var analyst = api.createUser("hotline", "ANALYST");
        Api browser = new Api(port);
        browser.signIn(analyst);

        assertThat(api.get("/api/v1/indicators/reports_received" + query, analyst.token(), Map.of("Accept", SDMX))
                        .status())
                .isEqualTo(403);
        assertThat(browser.get("/staff/monitoring/indicators/reports_received/figures.csv" + query, null)
                        .status())
                .isEqualTo(403);
    }

    private static List<CSVRecord> rows(String body) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(body)).getRecords();
    }

    private static Map<String, String> row(List<CSVRecord> rows, String category, String channel) {
        List<String> header = rows.get(0).toList();
        return rows.stream()
                .skip(1)
                .filter(row -> row.get(header.indexOf("CATEGORY")).equals(category)
                        && row.get(header.indexOf("CHANNEL")).equals(channel))
                .map(row -> {
                    var values = new java.util.LinkedHashMap<String, String>();
                    for (int i = 0; i < header.size(); i++) {
                        values.put(header.get(i), row.get(i));
                    }
                    return (Map<String, String>) values;
                })
                .findFirst()
                .orElseThrow();
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
                    LocalDate.of(year, 3, 2).atStartOfDay().toInstant(ZoneOffset.UTC),
                    "FR"));
        }
    }
}
