package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class IndicatorCsvTest {

    private static final IndicatorCells CHILDREN_BY_SEX_AND_AGE = new IndicatorCells(
            "children_registered",
            2,
            "number",
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 3, 31),
            PeriodKind.QUARTER,
            List.of("sex", "ageBand"),
            5,
            Instant.parse("2026-04-01T00:00:00Z"),
            List.of(
                    new IndicatorCells.Cell("2026-Q1", List.of("female", "15-17"), new BigDecimal("37"), false),
                    new IndicatorCells.Cell("2026-Q1", List.of("male", "18+"), null, true),
                    new IndicatorCells.Cell("2026-Q1", List.of("_T", "_T"), new BigDecimal("40"), false)));

    @Test
    void sdmxCsvHasTheStructureColumnsThenTheDimensionsThenTheValueThenTheAttributes() throws IOException {
        List<CSVRecord> records = read(sdmx(CHILDREN_BY_SEX_AND_AGE, List.of("sex", "ageBand", "form", "country")));

        assertThat(records.get(0).values())
                .containsExactly(
                        "STRUCTURE",
                        "STRUCTURE_ID",
                        "ACTION",
                        "FREQ",
                        "REF_AREA",
                        "INDICATOR",
                        "SEX",
                        "AGE",
                        "EXPL_FORM",
                        "COUNTRY",
                        "CATEGORY",
                        "CHANNEL",
                        "OUTCOME",
                        "SECTOR",
                        "NEED",
                        "URGENCY",
                        "REASON",
                        "QUESTION",
                        "RECOMMEND",
                        "FELT_SAFE",
                        "TIME_PERIOD",
                        "OBS_VALUE",
                        "UNIT_MEASURE",
                        "OBS_STATUS",
                        "CONF_STATUS",
                        "DEF_VERSION");
        assertThat(records).hasSize(4);
    }

    @Test
    void aPublishedSdmxRowCarriesSdmxCodesTotalsForUnbrokenDimensionsAndNotApplicableForOthers() throws IOException {
        CSVRecord row = rows(sdmx(CHILDREN_BY_SEX_AND_AGE, List.of("sex", "ageBand", "form", "country")))
                .get(0);

        assertThat(row.toMap())
                .containsEntry("STRUCTURE", "dataflow")
                .containsEntry("STRUCTURE_ID", "PROTEGO:DF_INDICATORS(1.0.0)")
                .containsEntry("ACTION", "I")
                .containsEntry("FREQ", "Q")
                .containsEntry("REF_AREA", "XK")
                .containsEntry("INDICATOR", "CHILDREN_REGISTERED")
                .containsEntry("SEX", "F")
                .containsEntry("AGE", "Y15T17")
                .containsEntry("EXPL_FORM", "_T")
                .containsEntry("COUNTRY", "_T")
                .containsEntry("CHANNEL", "_Z")
                .containsEntry("TIME_PERIOD", "2026-Q1")
                .containsEntry("OBS_VALUE", "37")
                .containsEntry("UNIT_MEASURE", "NUMBER")
                .containsEntry("OBS_STATUS", "A")
                .containsEntry("CONF_STATUS", "F")
                .containsEntry("DEF_VERSION", "2");
    }

    @Test
    void aWithheldSdmxRowHasNoValueAndAConfidentialStatus() throws IOException {
        CSVRecord row =
                rows(sdmx(CHILDREN_BY_SEX_AND_AGE, List.of("sex", "ageBand"))).get(1);

        assertThat(row.toMap())
                .containsEntry("SEX", "M")
                .containsEntry("AGE", "Y_GE18")
                .containsEntry("OBS_VALUE", "")
                .containsEntry("OBS_STATUS", "Q")
                .containsEntry("CONF_STATUS", "C");
    }

    @Test
    void yearsAndMonthsAreAnnualAndMonthlyInSdmx() throws IOException {
        IndicatorCells monthly = new IndicatorCells(
                "reports_received",
                1,
                "number",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31),
                PeriodKind.MONTH,
                List.of("channel"),
                5,
                Instant.parse("2026-02-01T00:00:00Z"),
                List.of(new IndicatorCells.Cell("2026-01", List.of("web"), new BigDecimal("120"), false)));

        CSVRecord row =
                rows(sdmx(monthly, List.of("category", "channel", "country"))).get(0);

        assertThat(row.toMap())
                .containsEntry("FREQ", "M")
                .containsEntry("TIME_PERIOD", "2026-01")
                .containsEntry("CHANNEL", "WEB")
                .containsEntry("CATEGORY", "_T")
                .containsEntry("SEX", "_Z");
    }

    @Test
    void plainCsvHasProtegosCodesAndAnEmptyValueForAWithheldCell() throws IOException {
        StringWriter out = new StringWriter();
        PlainCsvWriter.write(CHILDREN_BY_SEX_AND_AGE, out);

        List<CSVRecord> records = read(out.toString());

        assertThat(records.get(0).values())
                .containsExactly("indicator", "version", "period", "sex", "ageBand", "value", "suppressed");
        assertThat(records.get(1).values())
                .containsExactly("children_registered", "2", "2026-Q1", "female", "15-17", "37", "false");
        assertThat(records.get(2).values())
                .containsExactly("children_registered", "2", "2026-Q1", "male", "18+", "", "true");
    }

    @Test
    void theSdmxMediaTypeNamesVersionTwo() {
        assertThat(SdmxCsvWriter.MEDIA_TYPE).isEqualTo("application/vnd.sdmx.data+csv;version=2.0.0");
    }

    private static String sdmx(IndicatorCells cells, List<String> definitionDimensions) {
        StringWriter out = new StringWriter();
        SdmxCsvWriter.write(cells, definitionDimensions, "xk", out);
        return out.toString();
    }

    private static List<CSVRecord> read(String csv) throws IOException {
        try (var parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    /** The records after the header, each with its values by column name. */
    private static List<CSVRecord> rows(String csv) throws IOException {
        try (var parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }
}
