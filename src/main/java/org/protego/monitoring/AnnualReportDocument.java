package org.protego.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.protego.shared.Languages;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/**
 * What the annual report shows, read from its frozen snapshot alone and never from live data, with the labels in the
 * report's language: every figure with the indicator and definition version it comes from, last year's beside it, the
 * commitments, the instruments, the registry and the narrative. The template only lays it out.
 *
 * @param draft whether the report is still a draft, which the rendering must say on every page
 * @param signedText for a published report, the text whose signature vouches for the snapshot; null for a draft
 */
record AnnualReportDocument(
        int year,
        String language,
        boolean rightToLeft,
        boolean draft,
        String state,
        Instant cutOff,
        int minimumCount,
        String snapshotSha256,
        String createdBy,
        String approvedBy,
        Instant approvedAt,
        String signedText,
        String signature,
        Map<String, String> narrative,
        List<Source> sources,
        List<Indicator> indicators,
        List<Commitment> commitments,
        List<Instrument> instruments,
        List<RegistryEntry> registry) {

    /** The year as text, so that no message formats it as a number with a thousands separator. */
    public String yearText() {
        return Integer.toString(year);
    }

    public String previousYearText() {
        return Integer.toString(year - 1);
    }

    /** Where the figures of one indicator come from: its definition as it was when the snapshot was taken. */
    record Source(String code, int version, String title, String unit, String sha256) {}

    /** A figure as published: a number, a withheld cell shown as fewer than the minimum, or none at all. */
    record Figure(String text, boolean withheld, boolean absent) {

        static final Figure NONE = new Figure("–", false, true);

        BigDecimal number() {
            return withheld || absent ? null : new BigDecimal(text);
        }
    }

    /** One line of a table: this year's figure, last year's, and the change when neither is withheld. */
    record Row(String code, String label, Figure current, Figure previous, String difference) {}

    /** One indicator's figures for the year broken down by one dimension. */
    record Breakdown(String dimension, String label, List<Row> rows) {}

    /**
     * @param previousVersion the definition version last year's figures were computed with, when it differs
     */
    record Indicator(
            String code,
            int version,
            String title,
            String unit,
            Row total,
            List<Breakdown> breakdowns,
            List<Row> months,
            Integer previousVersion) {}

    record Evidence(String kind, String title, String url, String indicator) {}

    record Commitment(
            String code,
            String document,
            String section,
            String paragraph,
            String quote,
            String summary,
            String deadline,
            String status,
            boolean overdue,
            String owner,
            List<Evidence> evidence) {}

    record Instrument(
            String code,
            String title,
            String adoptedOn,
            String inForceOn,
            String signedOn,
            String consentOn,
            String consentType,
            String reservations,
            String inForceForStateOn) {}

    record SelfReport(String year, boolean submitted, String assessment) {}

    record RegistryEntry(
            String company, String code, String signedOn, String withdrawnOn, List<SelfReport> selfReports) {}

    /** The document of a report and its snapshot, with labels from the messages in the report's language. */
    static AnnualReportDocument of(AnnualReport report, JsonNode snapshot, MessageSource messages) {
        Locale locale = Locale.forLanguageTag(report.language());
        Labels labels = new Labels(messages, locale);
        JsonNode meta = snapshot.path("report");
        JsonNode indicators = snapshot.path("indicators");
        boolean published = report.state() != AnnualReport.State.DRAFT;
        return new AnnualReportDocument(
                report.year(),
                report.language(),
                Languages.isRightToLeft(locale),
                report.draft(),
                report.state().code(),
                report.cutOff(),
                meta.path("minimumCount").asInt(0),
                report.snapshotSha256(),
                report.createdBy().name(),
                report.approvedBy() == null ? null : report.approvedBy().name(),
                report.approvedAt(),
                published ? report.signedText() : null,
                published ? report.signature() : null,
                report.narrative(),
                list(
                        indicators.path("definitions"),
                        definition -> new Source(
                                text(definition, "code"),
                                definition.path("version").asInt(),
                                labels.title(text(definition, "title")),
                                text(definition, "unit"),
                                text(definition, "sha256"))),
                indicatorsOf(indicators, labels),
                list(
                        snapshot.path("commitments"),
                        commitment -> new Commitment(
                                text(commitment, "code"),
                                text(commitment, "document"),
                                text(commitment, "section"),
                                text(commitment, "paragraph"),
                                text(commitment, "quote"),
                                text(commitment, "summary"),
                                text(commitment, "deadline"),
                                text(commitment, "status"),
                                commitment.path("overdue").asBoolean(false),
                                text(commitment, "owner"),
                                list(
                                        commitment.path("evidence"),
                                        evidence -> new Evidence(
                                                text(evidence, "kind"),
                                                text(evidence, "title"),
                                                text(evidence, "url"),
                                                text(evidence, "indicator"))))),
                list(
                        snapshot.path("instruments"),
                        instrument -> new Instrument(
                                text(instrument, "code"),
                                text(instrument, "title"),
                                text(instrument, "adoptedOn"),
                                text(instrument, "inForceOn"),
                                text(instrument, "signedOn"),
                                text(instrument, "consentOn"),
                                text(instrument, "consentType"),
                                text(instrument, "reservations"),
                                text(instrument, "inForceForStateOn"))),
                list(
                        snapshot.path("registry"),
                        entry -> new RegistryEntry(
                                text(entry, "company"),
                                text(entry, "code"),
                                text(entry, "signedOn"),
                                text(entry, "withdrawnOn"),
                                list(
                                        entry.path("selfReports"),
                                        selfReport -> new SelfReport(
                                                text(selfReport, "year"),
                                                selfReport.path("submitted").asBoolean(false),
                                                text(selfReport, "assessment"))))));
    }

    private static List<Indicator> indicatorsOf(JsonNode indicators, Labels labels) {
        List<JsonNode> tables = list(indicators.path("tables"), Function.identity());
        List<JsonNode> previousTables = list(indicators.path("previousYear"), Function.identity());
        List<Indicator> shown = new ArrayList<>();
        for (JsonNode definition : indicators.path("definitions")) {
            String code = text(definition, "code");
            JsonNode yearTotal = table(tables, code, "YEAR", List.of());
            JsonNode previousTotal = table(previousTables, code, "YEAR", List.of());
            List<Breakdown> breakdowns = new ArrayList<>();
            for (JsonNode candidate : tables) {
                List<String> by = strings(candidate.path("by"));
                if (code.equals(text(candidate, "indicator"))
                        && "YEAR".equalsIgnoreCase(text(candidate, "period"))
                        && by.size() == 1) {
                    String dimension = by.get(0);
                    breakdowns.add(new Breakdown(
                            dimension,
                            labels.dimension(dimension),
                            rows(candidate, table(previousTables, code, "YEAR", by), dimension, labels)));
                }
            }
            Integer previousVersion = previousTotal == null
                            || previousTotal.path("version").asInt()
                                    == definition.path("version").asInt()
                    ? null
                    : previousTotal.path("version").asInt();
            shown.add(new Indicator(
                    code,
                    definition.path("version").asInt(),
                    labels.title(text(definition, "title")),
                    text(definition, "unit"),
                    row(labels.total(), Dimension.TOTAL, first(yearTotal), first(previousTotal)),
                    breakdowns,
                    months(table(tables, code, "MONTH", List.of()), table(previousTables, code, "MONTH", List.of())),
                    previousVersion));
        }
        return shown;
    }

    private static JsonNode table(List<JsonNode> tables, String indicator, String period, List<String> by) {
        return tables.stream()
                .filter(table -> indicator.equals(text(table, "indicator"))
                        && period.equalsIgnoreCase(text(table, "period"))
                        && by.equals(strings(table.path("by"))))
                .findFirst()
                .orElse(null);
    }

    private static JsonNode first(JsonNode table) {
        return table == null || table.path("cells").isEmpty()
                ? null
                : table.path("cells").get(0);
    }

    private static List<Row> rows(JsonNode current, JsonNode previous, String dimension, Labels labels) {
        Map<String, JsonNode> previousCells = new LinkedHashMap<>();
        if (previous != null) {
            previous.path("cells").forEach(cell -> previousCells.put(text(cell, dimension), cell));
        }
        List<Row> rows = new ArrayList<>();
        Row total = null;
        for (JsonNode cell : current.path("cells")) {
            String code = text(cell, dimension);
            Row row = row(labels.code(dimension, code), code, cell, previousCells.get(code));
            if (Dimension.TOTAL.equals(code)) {
                total = row;
            } else {
                rows.add(row);
            }
        }
        if (total != null) {
            rows.add(total);
        }
        return rows;
    }

    private static List<Row> months(JsonNode current, JsonNode previous) {
        if (current == null) {
            return List.of();
        }
        Map<String, JsonNode> previousByMonth = new LinkedHashMap<>();
        if (previous != null) {
            previous.path("cells").forEach(cell -> previousByMonth.put(month(text(cell, "period")), cell));
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode cell : current.path("cells")) {
            String period = text(cell, "period");
            rows.add(row(period, period, cell, previousByMonth.get(month(period))));
        }
        return rows;
    }

    private static String month(String period) {
        return period == null ? null : period.substring(period.lastIndexOf('-') + 1);
    }

    private static Row row(String label, String code, JsonNode current, JsonNode previous) {
        Figure now = figure(current);
        Figure then = figure(previous);
        return new Row(code, label, now, then, difference(now, then));
    }

    static Figure figure(JsonNode cell) {
        if (cell == null) {
            return Figure.NONE;
        }
        if (cell.path("suppressed").asBoolean(false)
                || cell.path("value").isNull()
                || cell.path("value").isMissingNode()) {
            return cell.path("suppressed").asBoolean(false) ? new Figure(null, true, false) : Figure.NONE;
        }
        return new Figure(plain(cell.path("value").decimalValue()), false, false);
    }

    /** The change from last year, only when both figures are published: a withheld one could be worked out. */
    static String difference(Figure current, Figure previous) {
        BigDecimal now = current.number();
        BigDecimal then = previous.number();
        if (now == null || then == null) {
            return null;
        }
        BigDecimal change = now.subtract(then);
        return (change.signum() > 0 ? "+" : "") + plain(change);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(node -> items.add(item.apply(node)));
        }
        return items;
    }

    private static List<String> strings(JsonNode array) {
        return list(array, JsonNode::asString);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    /** Names of dimensions and codes in the report's language, or the code itself where no name is known. */
    private record Labels(MessageSource messages, Locale locale) {

        String total() {
            return message("annualReport.code._T", Dimension.TOTAL);
        }

        /** An indicator's title: the snapshot keeps its message key, so that it reads in the report's language. */
        String title(String key) {
            return key == null ? null : message(key, key);
        }

        String dimension(String name) {
            return message("annualReport.dimension." + name, name);
        }

        String code(String dimension, String code) {
            if (code == null) {
                return "–";
            }
            if (code.startsWith("_")) {
                return message("annualReport.code." + code, code);
            }
            return message("annualReport.code." + dimension + "." + code, code);
        }

        private String message(String key, String fallback) {
            return Objects.requireNonNullElse(messages.getMessage(key, null, fallback, locale), fallback);
        }
    }
}
