package org.protego.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes an indicator's figures. Suppression is never worked out per request: for each calendar year the whole
 * linked system the API can serve (every breakdown by at most two dimensions, with totals, by month, quarter and year)
 * is counted and protected at once, and a request only slices it, so that no two requests can be differenced to
 * reveal a withheld cell. Live figures come from the monthly counts and are kept for at most a minute, or until new
 * facts arrive; figures with a cut-off come from the facts recorded before it, and equal the live ones for the same
 * facts.
 */
@Component
class IndicatorQuery {

    /** The most dimensions one table breaks down by; the linked system holds every such table. */
    static final int MAX_BY = 2;

    private static final Duration KEEP_FOR = Duration.ofMinutes(1);

    /**
     * A calendar year of an indicator as it may be published.
     *
     * @param table the counts (of a percentile indicator: of the durations it is computed from), protected
     * @param values the percentile of each cell of a percentile indicator, withheld ones included
     * @param cutOff only facts recorded before this instant are counted
     */
    record LinkedYear(ProtectedTable table, Map<List<String>, BigDecimal> values, Instant cutOff) {}

    private record CacheKey(String code, int version, int year) {}

    private record Cached(LinkedYear year, long generation, Instant at) {}

    private record PastKey(String code, int version, int year, Instant cutOff) {}

    private static final int PAST_KEPT = 64;

    private record Row(String period, List<String> codes, long n, BigDecimal value) {}

    private final JdbcClient jdbc;
    private final Facts facts;
    private final MonitoringSettings settings;
    private final Clock clock;
    private final Map<CacheKey, Cached> cache = new ConcurrentHashMap<>();
    private final Map<PastKey, LinkedYear> past = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PastKey, LinkedYear> eldest) {
            return size() > PAST_KEPT;
        }
    };

    IndicatorQuery(JdbcClient jdbc, Facts facts, MonitoringSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.settings = settings;
        this.clock = clock;
    }

    /** Drops every kept year, so that the next request computes afresh; for the benchmark's cold calls. */
    void forget() {
        cache.clear();
        synchronized (past) {
            past.clear();
        }
    }

    /** The figures a checked request asks for, sliced from the protected years it covers. */
    IndicatorCells cells(IndicatorDefinition definition, IndicatorRequest request, Instant cutOff) {
        List<IndicatorCells.Cell> cells = new ArrayList<>();
        Instant reported = cutOff;
        for (int year = request.from().getYear(); year <= request.to().getYear(); year++) {
            LinkedYear linked = year(definition, year, cutOff);
            if (reported == null || linked.cutOff().isBefore(reported)) {
                reported = linked.cutOff();
            }
            List<List<String>> combinations = combinations(linked.table(), definition, request.by());
            for (String period : request.periodsIn(year)) {
                for (List<String> codes : combinations) {
                    List<String> key = key(period, definition, request.by(), codes);
                    Long count = linked.table().counts().get(key);
                    boolean withheld = linked.table().withheld(key);
                    if (definition.isPercentile()) {
                        if (count == null || count == 0) {
                            continue;
                        }
                        cells.add(new IndicatorCells.Cell(
                                period, codes, withheld ? null : linked.values().get(key), withheld));
                    } else {
                        cells.add(new IndicatorCells.Cell(
                                period,
                                codes,
                                withheld ? null : BigDecimal.valueOf(count == null ? 0 : count),
                                withheld));
                    }
                }
            }
        }
        return new IndicatorCells(
                definition.code(),
                definition.version(),
                definition.unit(),
                request.from(),
                request.to(),
                request.period(),
                request.by(),
                settings.minimumCount(),
                reported,
                cells);
    }

    /**
     * A year of an indicator, protected; live (from the monthly counts, kept for at most a minute) when {@code cutOff}
     * is null, otherwise from the facts recorded before it.
     */
    LinkedYear year(IndicatorDefinition definition, int year, Instant cutOff) {
        if (cutOff != null) {
            if (!cutOff.isBefore(clock.instant())) {
                return compute(definition, year, cutOff);
            }
            // Nothing recorded before a past cut-off changes, so its years are kept: a report's snapshot and its
            // reproduction slice the same few systems many times.
            var key = new PastKey(definition.code(), definition.version(), year, cutOff);
            synchronized (past) {
                LinkedYear kept = past.get(key);
                if (kept != null) {
                    return kept;
                }
            }
            LinkedYear computed = compute(definition, year, cutOff);
            synchronized (past) {
                past.put(key, computed);
            }
            return computed;
        }
        var key = new CacheKey(definition.code(), definition.version(), year);
        long generation = facts.generation(definition.kind(), year);
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached != null
                && cached.generation() == generation
                && cached.at().plus(KEEP_FOR).isAfter(now)) {
            return cached.year();
        }
        LinkedYear computed = compute(definition, year, null);
        cache.put(key, new Cached(computed, generation, now));
        return computed;
    }

    private LinkedYear compute(IndicatorDefinition definition, int year, Instant cutOff) {
        Instant computedAt = cutOff == null ? clock.instant() : cutOff;
        var source = new Source(definition, year, cutOff);
        List<String> dimensions = definition.dimensions();
        Set<String> rare = dimensions.contains(IndicatorCodes.COUNTRY)
                ? Disclosure.rareCodes(source.countryTotals(), settings.minimumCount())
                : Set.of();
        Map<List<String>, Long> counts = new HashMap<>();
        Map<List<String>, BigDecimal> values = new HashMap<>();
        List<String> levels = definition.isPercentile() ? List.of("month", "quarter", "year") : List.of("month");
        for (String level : levels) {
            for (boolean formQuery : List.of(false, true)) {
                if (formQuery && !dimensions.contains(IndicatorCodes.FORM)) {
                    continue;
                }
                for (Row row : source.rows(level, formQuery, rare)) {
                    List<String> key = new ArrayList<>();
                    key.add(row.period());
                    key.addAll(row.codes());
                    counts.merge(key, row.n(), Long::sum);
                    if (row.value() != null) {
                        values.put(key, row.value());
                    }
                    if (!definition.isPercentile()) {
                        String month = row.period();
                        String quarter = year + "-Q" + ((Integer.parseInt(month.substring(5)) - 1) / 3 + 1);
                        for (String parent : List.of(quarter, Integer.toString(year))) {
                            List<String> up = new ArrayList<>(key);
                            up.set(0, parent);
                            counts.merge(up, row.n(), Long::sum);
                        }
                    }
                }
            }
        }
        List<Dimension> tableDimensions = new ArrayList<>();
        tableDimensions.add(Dimension.calendarYear(year));
        for (int i = 0; i < dimensions.size(); i++) {
            String name = dimensions.get(i);
            Set<String> codes = new LinkedHashSet<>(IndicatorCodes.KNOWN.getOrDefault(name, List.of()));
            int index = i + 1;
            counts.keySet().stream()
                    .map(key -> key.get(index))
                    .filter(code -> !Dimension.TOTAL.equals(code))
                    .sorted()
                    .forEach(codes::add);
            if (name.equals(IndicatorCodes.COUNTRY)) {
                codes.removeAll(rare);
            }
            tableDimensions.add(Dimension.flat(name, List.copyOf(codes)));
        }
        fillZeros(tableDimensions, counts);
        ProtectedTable table = Disclosure.protect(new CountTable(tableDimensions, counts), settings.minimumCount());
        return new LinkedYear(table, values, computedAt);
    }

    /** Every cell of every table of at most two dimensions is in the system, counted or not: zeros are published. */
    private static void fillZeros(List<Dimension> dimensions, Map<List<String>, Long> counts) {
        int size = dimensions.size() - 1;
        for (List<Integer> subset : subsets(size)) {
            List<List<String>> keys = new ArrayList<>();
            for (String period : dimensions.get(0).parentOf().keySet()) {
                List<String> key = new ArrayList<>();
                key.add(period);
                for (int i = 0; i < size; i++) {
                    key.add(Dimension.TOTAL);
                }
                keys.add(key);
            }
            for (int dimension : subset) {
                List<List<String>> expanded = new ArrayList<>();
                for (List<String> key : keys) {
                    for (String code : dimensions.get(dimension + 1).parentOf().keySet()) {
                        if (Dimension.TOTAL.equals(code)) {
                            continue;
                        }
                        List<String> more = new ArrayList<>(key);
                        more.set(dimension + 1, code);
                        expanded.add(more);
                    }
                }
                keys = expanded;
            }
            keys.forEach(key -> counts.putIfAbsent(List.copyOf(key), 0L));
        }
    }

    /** The subsets of at most {@link #MAX_BY} of {@code size} dimensions, by index, the empty one first. */
    static List<List<Integer>> subsets(int size) {
        List<List<Integer>> subsets = new ArrayList<>();
        subsets.add(List.of());
        for (int i = 0; i < size; i++) {
            subsets.add(List.of(i));
        }
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                subsets.add(List.of(i, j));
            }
        }
        return subsets;
    }

    private static List<List<String>> combinations(
            ProtectedTable table, IndicatorDefinition definition, List<String> by) {
        List<List<String>> combinations = new ArrayList<>();
        combinations.add(List.of());
        for (String dimension : by) {
            int index = definition.dimensions().indexOf(dimension) + 1;
            List<List<String>> expanded = new ArrayList<>();
            for (List<String> codes : combinations) {
                for (String code : table.dimensions().get(index).parentOf().keySet()) {
                    List<String> more = new ArrayList<>(codes);
                    more.add(code);
                    expanded.add(more);
                }
            }
            combinations = expanded;
        }
        return combinations;
    }

    private static List<String> key(
            String period, IndicatorDefinition definition, List<String> by, List<String> codes) {
        List<String> key = new ArrayList<>();
        key.add(period);
        for (String dimension : definition.dimensions()) {
            int asked = by.indexOf(dimension);
            key.add(asked < 0 ? Dimension.TOTAL : codes.get(asked));
        }
        return List.copyOf(key);
    }

    /**
     * Where one year of one indicator is counted from: the monthly counts for live counts, the facts when there is a
     * cut-off, a duration limit, or a percentile to compute. Both give the same counts for the same facts.
     */
    private final class Source {

        private final IndicatorDefinition definition;
        private final int year;
        private final Instant cutOff;
        private final boolean fromFacts;

        Source(IndicatorDefinition definition, int year, Instant cutOff) {
            this.definition = definition;
            this.year = year;
            this.cutOff = cutOff;
            this.fromFacts = cutOff != null || definition.isPercentile() || definition.maximumHours() != null;
        }

        Map<String, Long> countryTotals() {
            Map<String, Long> totals = new TreeMap<>();
            String sql =
                    "select " + column(IndicatorCodes.COUNTRY, false) + " as code, " + weight() + " as w" + from(false);
            parameters(jdbc.sql("select code, sum(w) from (" + sql + ") x group by code"), Set.of())
                    .query((rs, n) -> totals.put(rs.getString(1), rs.getLong(2)))
                    .list();
            return totals;
        }

        List<Row> rows(String level, boolean formQuery, Set<String> rare) {
            List<String> dimensions = definition.dimensions();
            var inner = new StringBuilder("select ").append(period(level)).append(" as p");
            for (int i = 0; i < dimensions.size(); i++) {
                String name = dimensions.get(i);
                String expression = name.equals(IndicatorCodes.FORM) && !formQuery ? "'_T'" : column(name, formQuery);
                if (name.equals(IndicatorCodes.COUNTRY)) {
                    expression = "case when " + expression + " = any(:rare) then '_O' else " + expression + " end";
                }
                inner.append(", ").append(expression).append(" as d").append(i);
            }
            inner.append(", ")
                    .append(weight())
                    .append(" as w, ")
                    .append(fromFacts ? "m.hours" : "null::float8")
                    .append(" as h");
            inner.append(from(formQuery));
            List<String> sets = new ArrayList<>();
            int formIndex = dimensions.indexOf(IndicatorCodes.FORM);
            for (List<Integer> subset : subsets(dimensions.size())) {
                if (subset.contains(formIndex) != formQuery) {
                    continue;
                }
                var set = new StringBuilder("(p");
                subset.forEach(i -> set.append(", d").append(i));
                sets.add(set.append(")").toString());
            }
            var outer = new StringBuilder("select p");
            for (int i = 0; i < dimensions.size(); i++) {
                // A table without the form breaks nothing down by it: its column is the total, not grouped.
                outer.append(i == formIndex && !formQuery ? ", null::text as d" : ", d")
                        .append(i);
            }
            outer.append(", sum(w) as n");
            if (definition.isPercentile()) {
                outer.append(", percentile_cont(")
                        .append(definition.percentile())
                        .append(") within group (order by h) as v");
            }
            outer.append(" from (")
                    .append(inner)
                    .append(") x group by grouping sets (")
                    .append(String.join(", ", sets))
                    .append(")");
            return parameters(jdbc.sql(outer.toString()), rare)
                    .query((rs, n) -> {
                        List<String> codes = new ArrayList<>();
                        for (int i = 0; i < dimensions.size(); i++) {
                            String code = rs.getString("d" + i);
                            codes.add(code == null ? Dimension.TOTAL : code);
                        }
                        BigDecimal value = null;
                        if (definition.isPercentile()) {
                            double v = rs.getDouble("v");
                            value = rs.wasNull() ? null : BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
                        }
                        return new Row(rs.getString("p"), List.copyOf(codes), rs.getLong("n"), value);
                    })
                    .list();
        }

        private JdbcClient.StatementSpec parameters(JdbcClient.StatementSpec statement, Set<String> rare) {
            statement = statement
                    .param("kind", definition.kind())
                    .param("start", LocalDate.of(year, 1, 1))
                    .param("end", LocalDate.of(year + 1, 1, 1))
                    .param("rare", rare.toArray(String[]::new));
            if (fromFacts && cutOff != null) {
                statement = statement.param("cutOff", Timestamps.offset(cutOff));
            }
            if (fromFacts && definition.maximumHours() != null) {
                statement = statement.param("maximumHours", definition.maximumHours());
            }
            return statement;
        }

        private String period(String level) {
            String day = fromFacts ? "m.day" : "m.month";
            return switch (level) {
                case "month" -> "to_char(" + day + ", 'YYYY-MM')";
                case "quarter" -> "to_char(" + day + ", 'YYYY') || '-Q' || extract(quarter from " + day + ")";
                default -> "to_char(" + day + ", 'YYYY')";
            };
        }

        private String weight() {
            return fromFacts ? "1" : "m.n";
        }

        private String column(String dimension, boolean formQuery) {
            if (dimension.equals(IndicatorCodes.FORM)) {
                return fromFacts ? "f.form" : "m.form";
            }
            String column = "m." + IndicatorCodes.COLUMNS.get(dimension);
            return fromFacts ? "coalesce(" + column + ", '_U')" : column;
        }

        private String from(boolean formQuery) {
            var sql = new StringBuilder();
            if (fromFacts) {
                sql.append(" from monitoring_fact m");
                if (formQuery) {
                    sql.append(" cross join lateral unnest(case when cardinality(m.forms) > 0 then m.forms")
                            .append(" else array['_U'] end) as f(form)");
                }
                sql.append(" where m.kind = :kind and m.day >= :start and m.day < :end");
                if (cutOff != null) {
                    sql.append(" and m.recorded_at < :cutOff");
                }
                if (definition.maximumHours() != null) {
                    sql.append(" and m.hours <= :maximumHours");
                }
                if (definition.isPercentile()) {
                    sql.append(" and m.hours is not null");
                }
            } else {
                sql.append(" from monitoring_monthly m where m.kind = :kind and m.month >= :start and m.month < :end")
                        .append(formQuery ? " and m.form <> '_T'" : " and m.form = '_T'");
            }
            return sql.toString();
        }
    }
}
