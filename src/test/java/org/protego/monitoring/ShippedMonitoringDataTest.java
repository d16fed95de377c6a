package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The commitments, instruments and codes of conduct shipped with Protego: each file matches its header, and every quote
 * is found word for word in the source document it cites, kept in {@code ../shared/seeds/} (skipped where absent).
 */
class ShippedMonitoringDataTest {

    static final Path SEEDS = Path.of("..", "shared", "seeds");

    static List<CSVRecord> commitments() {
        return ShippedMonitoringData.records(
                ShippedMonitoringData.COMMITMENTS, ShippedMonitoringData.COMMITMENT_COLUMNS);
    }

    static List<CSVRecord> instruments() {
        return ShippedMonitoringData.records(
                ShippedMonitoringData.INSTRUMENTS, ShippedMonitoringData.INSTRUMENT_COLUMNS);
    }

    @Test
    void everyCommitmentHasAUniqueCodeASourceAndAKnownRecurrence() {
        Set<String> codes = new HashSet<>();
        for (CSVRecord row : commitments()) {
            assertThat(codes.add(row.get("code"))).as(row.get("code")).isTrue();
            assertThat(row.get("code")).matches("[A-Z]{3}-[A-Z0-9]+-\\d{2}");
            assertThat(row.get("quote")).isNotBlank();
            assertThat(row.get("text_en")).isNotBlank();
            assertThat(row.get("paragraph")).matches("\\d+");
            assertThat(row.get("recurrence")).isIn("none", "yearly");
            if (!row.get("deadline_year").isBlank()) {
                assertThat(Integer.parseInt(row.get("deadline_year"))).isBetween(2008, 2030);
            }
        }
        assertThat(codes)
                .contains(
                        "RIO-C1A-13", "RIO-C1A-22", "RIO-C1A-24", "RIO-C1A-27", "GVA-ISD-10", "GVA-ISD-11", "RIO-D-01");
    }

    @Test
    void theIssuesDeadlinesAreTheLastDaysOf2010And2013And2015() {
        var byCode = new java.util.HashMap<String, LocalDate>();
        commitments()
                .forEach(row -> byCode.put(row.get("code"), ShippedMonitoringData.deadline(row.get("deadline_year"))));
        assertThat(byCode.get("GVA-ISD-10")).isEqualTo(LocalDate.of(2010, 12, 31));
        assertThat(byCode.get("RIO-C1A-22")).isEqualTo(LocalDate.of(2013, 12, 31));
        assertThat(byCode.get("GVA-ISD-11")).isEqualTo(LocalDate.of(2015, 12, 31));
        assertThat(byCode.get("RIO-D-01")).isNull();
    }

    @Test
    void everyInstrumentACommitmentNamesIsShippedWithDatesInOrder() {
        Set<String> shipped = new HashSet<>();
        for (CSVRecord row : instruments()) {
            assertThat(shipped.add(row.get("code"))).as(row.get("code")).isTrue();
            if (!row.get("adopted_on").isBlank() && !row.get("in_force_on").isBlank()) {
                assertThat(LocalDate.parse(row.get("in_force_on"))).isAfter(LocalDate.parse(row.get("adopted_on")));
            }
        }
        for (CSVRecord row : commitments()) {
            assertThat(shipped).containsAll(ShippedMonitoringData.list(row.get("instrument_codes")));
        }
        assertThat(shipped).contains("OPSC", "PALERMO", "LANZAROTE", "BUDAPEST", "ILO-C182");
    }

    @Test
    void everyCodeOfConductHasCommitments() {
        JsonNode codes = ShippedMonitoringData.codesOfConduct();
        assertThat(codes.size()).isGreaterThanOrEqualTo(2);
        for (JsonNode code : codes) {
            assertThat(code.get("code").asString()).matches("[a-z-]+");
            assertThat(code.get("commitments").size()).isPositive();
            code.get("commitments")
                    .forEach(pledge ->
                            assertThat(pledge.get("text_en").asString()).isNotBlank());
        }
    }

    @Test
    void everyQuoteIsFoundWordForWordInTheDocumentItCites() throws IOException {
        Assumptions.assumeTrue(
                Files.isDirectory(SEEDS), "Seeds not found in " + SEEDS.toAbsolutePath() + "; quotes not checked");
        for (CSVRecord row : commitments()) {
            assertThat(Files.readString(SEEDS.resolve(row.get("seed_file"))))
                    .as(row.get("code"))
                    .contains(row.get("quote"));
        }
        for (JsonNode code : ShippedMonitoringData.codesOfConduct()) {
            assertThat(Files.readString(SEEDS.resolve(code.get("seedFile").asString())))
                    .as(code.get("code").asString())
                    .contains(code.get("quote").asString());
        }
    }
}
