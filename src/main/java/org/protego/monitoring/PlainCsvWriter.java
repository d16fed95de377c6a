package org.protego.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An indicator's figures as plain CSV (RFC 4180) with Protego's own codes: columns {@code indicator, version, period},
 * one per dimension broken down by, then {@code value} (empty when withheld) and {@code suppressed}.
 */
final class PlainCsvWriter {

    /** The media type of plain CSV. */
    static final String MEDIA_TYPE = "text/csv";

    private PlainCsvWriter() {}

    static void write(IndicatorCells cells, Writer out) {
        List<String> header = new ArrayList<>(List.of("indicator", "version", "period"));
        header.addAll(cells.by());
        header.addAll(List.of("value", "suppressed"));
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord(header);
            for (IndicatorCells.Cell cell : cells.cells()) {
                List<String> row = new ArrayList<>(header.size());
                row.add(cells.indicator());
                row.add(Integer.toString(cells.version()));
                row.add(cell.period());
                row.addAll(cell.codes());
                row.add(cell.suppressed() ? "" : cell.value().toPlainString());
                row.add(Boolean.toString(cell.suppressed()));
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
