package org.protego.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An indicator's figures as SDMX-CSV 2.0 (sdmx-twg/sdmx-csv, data message field guide) of Protego's dataflow
 * {@value #STRUCTURE_ID}: one row per figure, every dimension of the data structure in a fixed order whatever the
 * indicator, so that files of different indicators can be stacked. docs/SDMX.md describes the structure.
 */
final class SdmxCsvWriter {

    /** The media type of SDMX-CSV 2.0 data messages. */
    static final String MEDIA_TYPE = "application/vnd.sdmx.data+csv;version=2.0.0";

    static final String STRUCTURE_ID = "PROTEGO:DF_INDICATORS(1.0.0)";

    /** Protego's dimension names (the API's {@code by} values) and their SDMX dimensions, in the structure's order. */
    static final Map<String, String> DIMENSIONS = dimensions();

    static final List<String> COLUMNS = columns();

    /** A dimension of the structure that the indicator does not have. */
    static final String NOT_APPLICABLE = "_Z";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private static final Map<String, String> SEX = Map.of("female", "F", "male", "M", "other", "_O", "unknown", "_U");

    private static final Map<String, String> AGE =
            Map.of("0-4", "Y0T4", "5-9", "Y5T9", "10-14", "Y10T14", "15-17", "Y15T17", "18+", "Y_GE18");

    private SdmxCsvWriter() {}

    /**
     * Writes the figures, a withheld one with an empty value, observation status {@code Q} and confidentiality status
     * {@code C}.
     *
     * @param definitionDimensions the dimensions the indicator's definition has; those not broken down are {@code _T}
     * @param refArea the reporting State, as ISO 3166 alpha-2
     */
    static void write(IndicatorCells cells, List<String> definitionDimensions, String refArea, Writer out) {
        for (String name : cells.by()) {
            if (!DIMENSIONS.containsKey(name)) {
                throw new IllegalArgumentException("SDMX has no dimension for " + name);
            }
        }
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(COLUMNS);
            for (IndicatorCells.Cell cell : cells.cells()) {
                List<String> row = new ArrayList<>(COLUMNS.size());
                row.add("dataflow");
                row.add(STRUCTURE_ID);
                row.add("I");
                row.add(frequency(cells.period()));
                row.add(refArea.toUpperCase(Locale.ROOT));
                row.add(identifier(cells.indicator()));
                DIMENSIONS.forEach((name, sdmx) -> {
                    int position = cells.by().indexOf(name);
                    if (position >= 0) {
                        row.add(code(name, cell.codes().get(position)));
                    } else {
                        row.add(definitionDimensions.contains(name) ? Dimension.TOTAL : NOT_APPLICABLE);
                    }
                });
                row.add(cell.period());
                row.add(cell.suppressed() ? "" : cell.value().toPlainString());
                row.add(identifier(cells.unit()));
                row.add(cell.suppressed() ? "Q" : "A");
                row.add(cell.suppressed() ? "C" : "F");
                row.add(Integer.toString(cells.version()));
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String frequency(PeriodKind period) {
        return switch (period) {
            case MONTH -> "M";
            case QUARTER -> "Q";
            case YEAR -> "A";
        };
    }

    /** A code of Protego's as an SDMX code: sex and age bands from SDMX's common code lists, the others upper case. */
    static String code(String dimension, String code) {
        if (code.startsWith("_")) {
            return code;
        }
        return switch (dimension) {
            case "sex" -> SEX.getOrDefault(code, identifier(code));
            case "ageBand" -> AGE.getOrDefault(code, identifier(code));
            default -> identifier(code);
        };
    }

    /** SDMX identifiers hold letters, digits, {@code _ @ $ -} only. */
    private static String identifier(String code) {
        return code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_@$\\-]", "_");
    }

    private static Map<String, String> dimensions() {
        Map<String, String> dimensions = new LinkedHashMap<>();
        dimensions.put("sex", "SEX");
        dimensions.put("ageBand", "AGE");
        dimensions.put("form", "EXPL_FORM");
        dimensions.put("country", "COUNTRY");
        dimensions.put("category", "CATEGORY");
        dimensions.put("channel", "CHANNEL");
        dimensions.put("outcome", "OUTCOME");
        dimensions.put("sector", "SECTOR");
        dimensions.put("need", "NEED");
        dimensions.put("urgency", "URGENCY");
        dimensions.put("reason", "REASON");
        dimensions.put("question", "QUESTION");
        dimensions.put("recommend", "RECOMMEND");
        dimensions.put("feltSafe", "FELT_SAFE");
        return java.util.Collections.unmodifiableMap(dimensions);
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "FREQ", "REF_AREA"));
        columns.add("INDICATOR");
        columns.addAll(dimensions().values());
        columns.addAll(List.of("TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS", "CONF_STATUS", "DEF_VERSION"));
        return List.copyOf(columns);
    }
}
