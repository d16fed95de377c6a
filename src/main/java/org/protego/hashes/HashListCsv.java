package org.protego.hashes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV form of hash lists, RFC 4180 both ways. A cell that a spreadsheet would run as a formula is written with a
 * leading single quote (OWASP "CSV injection": cells starting with {@code = + - @}, a tab or a carriage return), and
 * that quote is taken off again on import, so that an exported file imports back to the same values.
 */
final class HashListCsv {

    static final List<String> COLUMNS =
            List.of("algorithm", "hash", "classification", "series", "source", "date_added");
    static final String HEADER = String.join(",", COLUMNS);

    /** A cell starting like a formula, behind any number of quotes that neutralised it before. */
    private static final Pattern FORMULA_START = Pattern.compile("'*[=+\\-@\t\r]");

    private static final Pattern NEUTRALISED = Pattern.compile("'+[=+\\-@\t\r]");

    private static final CSVFormat WRITTEN = CSVFormat.RFC4180;

    private static final CSVFormat READ =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private HashListCsv() {}

    /** A record read from an import, numbered from 1 as a spreadsheet numbers its rows. */
    record Row(long number, List<String> cells) {}

    /** The cell as written: a formula start gets one more leading quote, so that a spreadsheet shows it as text. */
    static String neutralised(String cell) {
        return cell != null && FORMULA_START.matcher(cell).lookingAt() ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #neutralised}: one leading quote before a formula start is dropped. */
    static String restored(String cell) {
        return cell != null && NEUTRALISED.matcher(cell).lookingAt() ? cell.substring(1) : cell;
    }

    /** Writes records to a list's export; every cell is neutralised and quoted where RFC 4180 asks for it. */
    static final class Export {

        private final CSVPrinter printer;

        Export(Writer out) {
            try {
                this.printer = new CSVPrinter(out, WRITTEN);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void record(List<String> cells) {
            try {
                printer.printRecord(cells.stream().map(HashListCsv::neutralised).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void flush() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads an import record by record, with each cell restored; a header record (first cell {@code algorithm}) is
     * skipped. Fails with the number of the record where the text stops being RFC 4180.
     */
    static void read(Reader in, Consumer<Row> rows) throws MalformedCsvException {
        long number = 0;
        try (CSVParser parser = CSVParser.parse(in, READ)) {
            for (CSVRecord record : parser) {
                number = record.getRecordNumber();
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cell -> cells.add(restored(cell)));
                if (!cells.isEmpty() && cells.get(0).strip().equalsIgnoreCase(COLUMNS.get(0))) {
                    continue;
                }
                rows.accept(new Row(number, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new MalformedCsvException(number + 1);
        }
    }

    /** The import is not RFC 4180 from this record on, for example because a quoted cell never ends. */
    static final class MalformedCsvException extends Exception {

        private final long record;

        MalformedCsvException(long record) {
            super("Malformed CSV at record " + record);
            this.record = record;
        }

        long record() {
            return record;
        }
    }
}
