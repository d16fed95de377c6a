package org.protego.hashes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Random;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Hostile cells survive an import, leave in an export neutralised, and import back from that export unchanged. */
@ProtegoTest
class HashListCsvApiTest {

    @LocalServerPort
    int port;

    static String csvOf(String hash, String series, String source) throws Exception {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(HashListCsv.COLUMNS);
            // Written as Protego writes it, so that a value that itself starts with a quote survives the import.
            printer.printRecord(
                    "pdq",
                    hash,
                    "csam_baseline",
                    HashListCsv.neutralised(series),
                    HashListCsv.neutralised(source),
                    "2025-01-02T03:04:05Z");
        }
        return out.toString();
    }

    static CSVRecord onlyEntryOf(String export) throws Exception {
        try (var parser = CSVParser.parse(export, CSVFormat.RFC4180)) {
            var records = parser.getRecords();
            assertThat(records).hasSize(2);
            assertThat(records.get(0).toList()).isEqualTo(HashListCsv.COLUMNS);
            return records.get(1);
        }
    }

    String exportOf(Api api, String list) {
        var export = api.get("/api/v1/hashes/lists/" + list + "/export", api.adminToken());
        assertThat(export.status()).isEqualTo(200);
        return export.body();
    }

    void importInto(Api api, String list, String csv) {
        var imported = api.postText("/api/v1/admin/hashes/lists/" + list + "/import", api.adminToken(), csv);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("added").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=cmd|' /C calc'!A0",
                "+1",
                "-1",
                "@SUM(1)",
                "\tcmd",
                "\rcmd",
                "a, b, c",
                "say \"hi\"",
                "line\nbreak",
                "'=quoted before"
            })
    void aHostileCellIsExportedNeutralisedAndReadsBackAsItWas(String hostile) throws Exception {
        var api = new Api(port);
        String hash = HashApiTest.randomPdq(new Random());
        // Series names are single lines of text; the other hostile cells travel in the free-text source.
        String series = hostile.chars().anyMatch(Character::isISOControl) ? "plain series" : hostile;
        String first = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "csv-" + UUID.randomUUID().toString().substring(0, 8);

        importInto(api, first, csvOf(hash, series, hostile));
        String export = exportOf(api, first);
        importInto(api, second, export);
        var again = onlyEntryOf(exportOf(api, second));

        var exported = onlyEntryOf(export);
        assertThat(exported.get(4)).isEqualTo(HashListCsv.neutralised(hostile)).doesNotMatch("(?s)[=+\\-@\t\r].*");
        assertThat(exported.get(3)).isEqualTo(HashListCsv.neutralised(series));
        assertThat(again.toList()).isEqualTo(exported.toList());
        assertThat(HashListCsv.restored(again.get(4))).isEqualTo(hostile);
        assertThat(HashListCsv.restored(again.get(3))).isEqualTo(series);
    }

    @Test
    void theAdministrationPageExportIsNeutralisedToo() throws Exception {
        var api = new Api(port);
        String list = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        importInto(api, list, csvOf(HashApiTest.randomPdq(new Random()), "=HYPERLINK(\"x\")", "@SUM(1)"));
        var browser = new Api(port);
        browser.signIn(api.createUser("hotline", "ADMIN"));

        var entry = onlyEntryOf(
                browser.get("/admin/hash-lists/" + list + "/export", null).body());

        assertThat(entry.get(3)).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(entry.get(4)).isEqualTo("'@SUM(1)");
    }

    @Test
    void anImportThatIsNotRfc4180ChangesNothing() {
        var api = new Api(port);
        String list = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        String good = HashApiTest.randomPdq(new Random());

        var refused = api.postText(
                "/api/v1/admin/hashes/lists/" + list + "/import",
                api.adminToken(),
                "pdq," + good + ",csam_baseline,,x,\npdq," + HashApiTest.randomPdq(new Random())
                        + ",csam_baseline,\"never closed,x,\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("csv-malformed");
        assertThat(api.get("/api/v1/hashes/lists/" + list, api.adminToken()).status())
                .isEqualTo(404);
    }
}
