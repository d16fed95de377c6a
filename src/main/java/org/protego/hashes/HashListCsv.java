package org.protego.hashes;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.TypedText;

/**
 * The CSV form of hash lists, RFC 4180 both ways: records {@value #HEADER}, a delta's with the kind of change first. A
 * cell that a spreadsheet would run as a formula is written with a leading single quote (OWASP "CSV injection": cells
 * starting with {@code = + - @}, a tab or a carriage return), and that quote is taken off again on import, so that an
 * exported file imports back to the same values.
 */
final class HashListCsv {

    static final List<String> COLUMNS =
            List.of("algorithm", "hash", "classification", "series", "source", "date_added");
    static final String HEADER = String.join(",", COLUMNS);

    /** An import names at most this many bad records; more would only bury the first ones. */
    static final int MAX_PROBLEMS = 20;

    /** A cell starting like a formula, behind any number of quotes that neutralised it before. */
    private static final Pattern FORMULA_START = Pattern.compile("'*[=+\\-@\t\r]");

    private static final Pattern NEUTRALISED = Pattern.compile("'+[=+\\-@\t\r]");

    private static final CSVFormat WRITTEN = CSVFormat.RFC4180;

    private static final CSVFormat READ =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private HashListCsv() {}

    /** A record read from an import, numbered from 1 as a spreadsheet numbers its rows. */
    record Row(long number, List<String> cells) {}

    /**
     * One hash of an import, checked.
     *
     * @param source who listed it first; null when the record names nobody
     * @param added when it was listed; null when the record gives no date, and the import's time is taken
     */
    record Line(
            HashAlgorithm algorithm, String value, String classification, String series, String source, Instant added) {

        /** The record as a hash to import, or empty when it is not one. */
        static Optional<Line> of(List<String> cells) {
            if (cells.size() != COLUMNS.size()) {
                return Optional.empty();
            }
            var algorithm = HashAlgorithm.fromCode(cells.get(0));
            String value = HashInput.normalised(cells.get(1));
            var classification = HashClassification.fromCode(cells.get(2).strip());
            String series = HashInput.stripped(cells.get(3));
            Instant added;
            try {
                added = cells.get(5).isBlank()
                        ? null
                        : Instant.parse(cells.get(5).strip());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
            if (algorithm.isEmpty()
                    || !algorithm.get().accepts(value)
                    || classification.isEmpty()
                    || (series != null && !HashInput.isValidSeries(series))) {
                return Optional.empty();
            }
            return Optional.of(new Line(
                    algorithm.get(),
                    value,
                    classification.get().code(),
                    series,
                    TypedText.orNullIfBlank(cells.get(4)),
                    added));
        }
    }

    /**
     * Reads a whole import. A header record is skipped; when any record is bad, or the text is not RFC 4180, nothing
     * is returned and the refusal names the bad records by number, up to {@value #MAX_PROBLEMS} of them.
     */
    static List<Line> parse(String csv) {
        var lines = new ArrayList<Line>();
        var problems = new ArrayList<FieldProblem>();
        try {
            read(new StringReader(csv == null ? "" : csv), row -> {
                Optional<Line> line = Line.of(row.cells());
                if (line.isPresent()) {
                    lines.add(line.get());
                } else if (problems.size() < MAX_PROBLEMS) {
                    problems.add(new FieldProblem(
                            "line " + row.number(),
                            HashError.LINE_INVALID,
                            HEADER,
                            String.valueOf(HashInput.MAX_SERIES_LENGTH)));
                }
            });
        } catch (MalformedCsvException e) {
            problems.add(new FieldProblem("line " + e.record(), HashError.CSV_MALFORMED));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return lines;
    }

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
        private final boolean delta;

        Export(Writer out) {
            this(out, false);
        }

        private Export(Writer out, boolean delta) {
            try {
                this.printer = new CSVPrinter(out, WRITTEN);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.delta = delta;
        }

        /** An export whose header is written: a whole list's, or a delta's, whose records start with their change. */
        static Export withHeader(Writer out, boolean delta) {
            var export = new Export(out, delta);
            var header = new ArrayList<String>();
            if (delta) {
                header.add("change");
            }
            header.addAll(COLUMNS);
            export.record(header);
            return export;
        }

        /** One entry of the list; in a delta, after the kind of change (added, removed, reclassified). */
        void entry(HashEntries.EntryRow entry, String change) {
            var cells = new ArrayList<String>(COLUMNS.size() + 1);
            if (delta) {
                cells.add(change.toLowerCase(Locale.ROOT));
            }
            cells.add(entry.algorithm().code());
            cells.add(entry.value());
            cells.add(entry.classification());
            cells.add(entry.series() == null ? "" : entry.series());
            cells.add(entry.source() == null ? "" : entry.source());
            cells.add(entry.addedAt().toString());
            record(cells);
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
