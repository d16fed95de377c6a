package org.protego.hashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hash list CSV: cells a spreadsheet would run are neutralised, quoting follows RFC 4180, and imports read it back. */
class HashListCsvTest {

    static final String FIRST = "pdq";

    static String exported(String cell) {
        var out = new StringWriter();
        var export = new HashListCsv.Export(out);
        export.record(List.of(FIRST, cell, "last"));
        export.flush();
        return out.toString();
    }

    static List<String> cellsOf(String csv) throws Exception {
        try (var parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
            var records = parser.getRecords();
            assertThat(records).as("one record, however many line breaks").hasSize(1);
            return records.get(0).toList();
        }
    }

    static List<HashListCsv.Row> imported(String csv) throws Exception {
        var rows = new ArrayList<HashListCsv.Row>();
        HashListCsv.read(new StringReader(csv), rows::add);
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)", "\tcmd", "\rcmd", "'=already quoted", "''+2"})
    void formulaStartsAreWrittenAsTextBehindASingleQuote(String hostile) throws Exception {
        String cell = cellsOf(exported(hostile)).get(1);

        assertThat(cell).isEqualTo("'" + hostile);
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
                "a,b",
                "say \"hi\"",
                "line\nbreak",
                "line\r\nbreak",
                "'=already quoted",
                "'plain quote",
                "victim a"
            })
    void anExportedCellImportsBackToItsOriginalValue(String value) throws Exception {
        var rows = imported(exported(value));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).cells()).containsExactly(FIRST, value, "last");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b", "say \"hi\"", "line\nbreak", "\rcmd"})
    void cellsWithDelimitersQuotesOrLineBreaksAreQuotedAsRfc4180Says(String value) {
        String csv = exported(value);

        String escaped = (value.startsWith("\r") ? "'" : "") + value.replace("\"", "\"\"");
        assertThat(csv).isEqualTo(FIRST + ",\"" + escaped + "\",last\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"victim a", "'plain quote", "1", "2025-01-02T03:04:05Z"})
    void ordinaryCellsAreLeftAsTheyAre(String value) throws Exception {
        assertThat(cellsOf(exported(value)).get(1)).isEqualTo(value);
    }

    @Test
    void theHeaderRecordAndEmptyLinesAreSkippedAndRecordsAreNumbered() throws Exception {
        var rows = imported(HashListCsv.HEADER + "\r\n\r\npdq,a,b,c,d,e\nmd5,\"x\ny\",b,c,d,e\n");

        assertThat(rows).extracting(HashListCsv.Row::number).containsExactly(2L, 3L);
        assertThat(rows.get(1).cells().get(1)).isEqualTo("x\ny");
    }

    @Test
    void aQuotedCellThatNeverEndsIsMalformed() {
        assertThatThrownBy(() -> imported("pdq,a,b,c,d,e\npdq,\"never ends,b,c,d,e\n"))
                .isInstanceOf(HashListCsv.MalformedCsvException.class);
    }
}
