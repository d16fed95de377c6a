package org.protego.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bodies are capped per route before they are read: oversized ones get 413 problem+json and store nothing. */
@ProtegoTest
class RequestBodyLimitsTest {

    static final int ANONYMOUS_CAP = 256 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final HttpClient client = HttpClient.newHttpClient();

    HttpResponse<String> post(String path, byte[] body, boolean declareLength, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(
                        declareLength
                                ? HttpRequest.BodyPublishers.ofByteArray(body)
                                // Without a known length the body is sent chunked, as a streaming client would.
                                : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A syntactically valid report of exactly {@code size} bytes, made of many short texts, so that no single text
     * trips Jackson's limit on text length before the body trips its cap.
     */
    static byte[] reportOfSize(int size) {
        var json = new StringBuilder("{\"category\":\"other\",\"urls\":[");
        String last = "\"]}";
        while (json.length() + 1000 + last.length() < size) {
            json.append('"').append("x".repeat(996)).append("\",");
        }
        int lastTextLength = size - json.length() - 1 - last.length();
        json.append('"').append("x".repeat(lastTextLength)).append(last);
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A report whose one description makes the body exactly {@code size} bytes long. */
    static byte[] reportWithDescriptionOfSize(int size) {
        String start = "{\"category\":\"other\",\"description\":\"";
        String end = "\"}";
        return (start + "x".repeat(size - start.length() - end.length()) + end).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theBodiesSentAreValidJsonOfTheIntendedSize() {
        for (int size : new int[] {1024, ANONYMOUS_CAP + 1}) {
            assertThat(reportOfSize(size)).hasSize(size);
            assertThat(Api.JSON.readTree(reportOfSize(size)).get("urls").size()).isPositive();
        }
    }

    long storedReports() {
        return jdbc.sql("select count(*) from reports_report").query(Long.class).single();
    }

    @ParameterizedTest
    @ValueSource(ints = {ANONYMOUS_CAP + 1, 2 * ANONYMOUS_CAP, 1024 * 1024})
    void aReportLargerThanTheAnonymousCapIsRefusedWith413AndNotStored(int size) throws Exception {
        long before = storedReports();

        var declared = post("/api/v1/reports", reportOfSize(size), true, null);
        var chunked = post("/api/v1/reports", reportOfSize(size), false, null);

        for (var answer : List.of(declared, chunked)) {
            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(Api.JSON.readTree(answer.body()).get("type").asString())
                    .isEqualTo("urn:protego:problem:body-too-large");
        }
        assertThat(storedReports()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(ints = {1024, 64 * 1024, ANONYMOUS_CAP})
    void aBodyWithinTheCapIsReadAndJudgedOnItsContent(int size) throws Exception {
        var answer = post("/api/v1/reports", reportOfSize(size), true, null);

        assertThat(answer.statusCode())
                .as("a valid report is stored; a too long description is a field error, not a size refusal")
                .isIn(201, 400);
        assertThat(answer.body()).doesNotContain("body-too-large");
    }

    @Test
    void theServerStaysHealthyWhileSeveralOversizedBodiesArriveAtOnce() throws Exception {
        long before = storedReports();
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> floods = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                boolean declared = i % 2 == 0;
                floods.add(() -> post("/api/v1/reports", reportOfSize(2 * 1024 * 1024), declared, null)
                        .statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(floods)) {
                assertThat(status.get()).isEqualTo(413);
            }
        } finally {
            pool.shutdownNow();
        }

        var api = new Api(port);
        assertThat(api.get("/actuator/health", null).body()).contains("UP");
        assertThat(api.submitReport(Map.of("category", "other", "description", "after the flood"))
                        .get("reference")
                        .asString())
                .isNotBlank();
        assertThat(storedReports()).isEqualTo(before + 1);
    }

    @Test
    void theReportFormRefusesAnOversizedBodyWith413() throws Exception {
        var form = ("category=other&description=" + "x".repeat(2 * ANONYMOUS_CAP)).getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/report"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(form))
                .build();

        assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(413);
    }

    @Test
    void theIndustryBulkEndpointTakesBodiesFarLargerThanTheAnonymousCap() throws Exception {
        var api = new Api(port);
        var member = api.createUser("isp-bulk-" + java.util.UUID.randomUUID(), "INDUSTRY");
        var urls = new ArrayList<String>();
        for (int i = 0; i < 10_001; i++) {
            urls.add("http://bulk.example/" + "p".repeat(100) + "/" + i);
        }
        byte[] body = Api.JSON.writeValueAsBytes(Map.of("category", "other", "urls", urls));
        assertThat(body.length).isGreaterThan(1024 * 1024);

        var answer = post("/api/v1/industry/reports", body, true, member.token());

        assertThat(answer.statusCode())
                .as("read and refused for its 10,001 URLs, not for its size")
                .isEqualTo(400);
        assertThat(answer.body()).contains("urls-count");
    }

    @Test
    void theIndustryBulkEndpointRefusesABodyOverItsOwnCap() throws Exception {
        var api = new Api(port);
        var member = api.createUser("isp-bulk-" + java.util.UUID.randomUUID(), "INDUSTRY");

        var answer = post("/api/v1/industry/reports", new byte[26 * 1024 * 1024], true, member.token());

        assertThat(answer.statusCode()).isEqualTo(413);
    }

    @Test
    void jsonNestedDeeperThanAnyRequestNeedsIsRefused() throws Exception {
        // Under a property nobody reads, so that only the nesting itself can be refused.
        String nested = "{\"category\":\"other\",\"ignored\":" + "[".repeat(200) + "]".repeat(200) + "}";

        var answer = post("/api/v1/reports", nested.getBytes(StandardCharsets.UTF_8), true, null);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("json-limit-exceeded");
    }

    @Test
    void aJsonTextLongerThanAnyFieldAcceptsIsRefusedBeforeBinding() throws Exception {
        var answer = post("/api/v1/reports", reportWithDescriptionOfSize(200_000), true, null);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("json-limit-exceeded");
    }
}
