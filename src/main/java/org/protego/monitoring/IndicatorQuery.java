package org.protego.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.protego.shared.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes an indicator's figures. Suppression is never worked out per request: for each calendar year the whole
 * linked system the API can serve (every breakdown by at most two dimensions, with totals, by month, quarter and year)
 * is counted and protected at once, and a request only slices it, so that no two requests can be differenced to
 * reveal a withheld cell. Live figures come from the monthly counts. Every year with facts is counted in the background
 * and kept while no new facts arrive for it; when they do, the kept year still answers for
 * {@code protego.monitoring.live-lag} after it was counted while {@link #refresh} counts it anew, so that no dashboard
 * waits for a count. Figures
 * with a cut-off come from the facts recorded before it, and equal the live ones for the same facts.
 */
@Component
class IndicatorQuery {

    private static final Logger log = LoggerFactory.getLogger(IndicatorQuery.class);

    /** The most dimensions one table breaks down by; the linked system holds every such table. */
    static final int MAX_BY = 2;

    /** How long a year kept only because somebody asked for it stays kept and refreshed. */
    static final Duration KEEP_UNASKED_FOR = Duration.ofMinutes(15);

    /**
     * A calendar year of an indicator as it may be published.
     *
     * @param table the counts (of a percentile indicator: of the durations it is computed from), protected
     * @param values the percentile of each cell of a percentile indicator, withheld ones included
     * @param cutOff only facts recorded before this instant are counted
     */
    record LinkedYear(ProtectedTable table, Map<List<String>, BigDecimal> values, Instant cutOff) {

        LinkedYear asAt(Instant instant) {
            return new LinkedYear(table, values, instant);
        }
    }

    private record CacheKey(String code, int version, int year) {}

    /** A live year as computed: {@code generation} is that of its facts when counting began. */
    private record Kept(IndicatorDefinition definition, LinkedYear year, long generation) {}

    private record Computing(long generation, CompletableFuture<LinkedYear> result) {}

    private record PastKey(String code, int version, int year, Instant cutOff) {}

    private static final int PAST_KEPT = 64;

    private record Row(String period, List<String> codes, long n, BigDecimal value) {}

    private final JdbcClient jdbc;
    private final Facts facts;
    private final MonitoringSettings settings;
    private final Clock clock;
    private final Map<CacheKey, Kept> kept = new ConcurrentHashMap<>();
    private final Map<CacheKey, Instant> askedAt = new ConcurrentHashMap<>();
    private final Map<CacheKey, Computing> computing = new ConcurrentHashMap<>();
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
        kept.clear();
        askedAt.clear();
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
     * A year of an indicator, protected; live when {@code cutOff} is null (from the monthly counts, as kept: at most
     * {@code protego.monitoring.live-lag} behind the facts), otherwise from the facts recorded before it.
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
        Instant now = clock.instant();
        askedAt.put(key, now);
        long generation = facts.generation(definition.kind(), year);
        Kept current = kept.get(key);
        if (current != null && current.generation() == generation) {
            // No fact arrived since it was counted: the kept year is the figures as they stand now.
            return current.year().asAt(now);
        }
        if (current != null && current.year().cutOff().plus(settings.liveLag()).isAfter(now)) {
            return current.year();
        }
        return computeLive(definition, key, generation);
    }

    /**
     * Counts the live year anew, kept for the requests that follow; a request that finds the same year being counted
     * from facts at least as new waits for that count rather than start another.
     */
    private LinkedYear computeLive(IndicatorDefinition definition, CacheKey key, long generation) {
        var mine = new Computing(generation, new CompletableFuture<>());
        Computing running = computing.merge(
                key, mine, (old, candidate) -> old.generation() >= candidate.generation() ? old : candidate);
        if (running != mine) {
            return running.result().join();
        }
        try {
            LinkedYear computed = compute(definition, key.year(), null);
            kept.merge(
                    key,
                    new Kept(definition, computed, generation),
                    (old, fresh) -> old.generation() > fresh.generation() ? old : fresh);
            mine.result().complete(computed);
            return computed;
        } catch (RuntimeException e) {
            mine.result().completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(key, mine);
        }
    }

    /**
     * Counts anew every kept year whose facts changed, and keeps every year with facts of every indicator in effect
     * counted (with the current and previous years) even before anyone asks; other years, such as those of an older
     * version of a definition, are let go when nobody asked for them in {@link #KEEP_UNASKED_FOR}. Run in the background
     * every few seconds, so that live figures lag behind the facts by little more than a count takes.
     */
    void refresh(List<IndicatorDefinition> inEffect) {
        Instant now = clock.instant();
        int thisYear = YearlyReporting.today(now).getYear();
        Map<String, Long> generations = facts.generations();
        Map<CacheKey, IndicatorDefinition> wanted = new LinkedHashMap<>();
        for (IndicatorDefinition definition : inEffect) {
            TreeSet<Integer> years = new TreeSet<>(List.of(thisYear, thisYear - 1));
            generations.keySet().stream()
                    .filter(key -> key.startsWith(definition.kind() + "|"))
                    .map(key -> Integer.parseInt(key.substring(key.indexOf('|') + 1)))
                    .forEach(years::add);
            for (int year : years.descendingSet()) {
                wanted.put(new CacheKey(definition.code(), definition.version(), year), definition);
            }
        }
        kept.forEach((key, year) -> {
            Instant asked = askedAt.get(key);
            if (asked != null && asked.plus(KEEP_UNASKED_FOR).isAfter(now)) {
                wanted.putIfAbsent(key, year.definition());
            }
        });
        kept.keySet().retainAll(wanted.keySet());
        askedAt.keySet().retainAll(wanted.keySet());
        wanted.forEach((key, definition) -> {
            long generation = generations.getOrDefault(Facts.generationKey(definition.kind(), key.year()), 0L);
            Kept counted = kept.get(key);
            if (counted == null || counted.generation() < generation) {
                try {
                    computeLive(definition, key, generation);
                } catch (RuntimeException e) {
                    log.warn("Could not count {} for {}; requests will count it", key.code(), key.year(), e);
                }
            }
        });
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
