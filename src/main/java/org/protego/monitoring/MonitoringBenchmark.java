package org.protego.monitoring;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.protego.cases.CaseRegistered;
import org.protego.reports.Category;
import org.protego.reports.Channel;
import org.protego.reports.ReportReceived;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Many facts loaded at once and dashboard calls timed, for the {@code bench-monitoring} tool. No page or API endpoint
 * reaches it: on a running service, facts come only from events. Facts go in with COPY straight into monitoring's own
 * tables, because the dashboards read nothing else.
 */
@Service
public class MonitoringBenchmark {

    /**
     * The figures of one run.
     *
     * @param refreshSeconds one background count of every year of every indicator, as after start-up
     * @param countP50 the median count of one year of one indicator on request (milliseconds), which only a request
     *     arriving before the background count has reached its year waits for
     * @param countP95 its 95th percentile
     * @param calls how many dashboard calls were timed while facts kept arriving and were counted in the background
     * @param factsDuringCalls how many facts arrived meanwhile
     * @param dashboardP50 the median dashboard call (milliseconds)
     * @param dashboardP95 its 95th percentile
     * @param dashboardMaximum the slowest
     * @param keptHeapMegabytes the heap in use with every year of the three indicators kept, after a collection
     */
    public record Timings(
            double refreshSeconds,
            double countP50,
            double countP95,
            int calls,
            long factsDuringCalls,
            double dashboardP50,
            double dashboardP95,
            double dashboardMaximum,
            long keptHeapMegabytes) {}

    private static final List<String> CATEGORIES = IndicatorCodes.KNOWN.get("category");
    private static final List<String> CHANNELS = IndicatorCodes.KNOWN.get("channel");
    private static final List<String> SEXES = IndicatorCodes.KNOWN.get("sex");
    private static final List<String> AGE_BANDS = IndicatorCodes.KNOWN.get("ageBand");
    private static final List<String> SECTORS = IndicatorCodes.KNOWN.get("sector");
    private static final List<String> COUNTRIES = List.of(
            "FR", "DE", "NL", "BE", "ES", "PT", "IT", "PL", "RO", "UA", "TH", "PH", "KH", "VN", "BR", "CO", "MX", "NG",
            "GH", "KE", "MA", "EG", "JO", "LB", "US", "CA", "GB", "IE", "SE", "LU");

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final IndicatorDefinitions definitions;
    private final IndicatorQuery query;
    private final FactRecorder recorder;

    MonitoringBenchmark(
            DataSource dataSource,
            JdbcClient jdbc,
            IndicatorDefinitions definitions,
            IndicatorQuery query,
            FactRecorder recorder) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.definitions = definitions;
        this.query = query;
        this.recorder = recorder;
    }

    /**
     * Loads report facts, child registrations and accepted referrals spread over {@code years} years ending with
     * {@code lastYear}, with COPY, then their monthly counts; returns the seconds it took.
     */
    public double seed(long reports, long children, long referrals, int lastYear, int years, long randomSeed)
            throws Exception {
        long start = System.nanoTime();
        Random random = new Random(randomSeed);
        LocalDate first = LocalDate.of(lastYear - years + 1, 1, 1);
        int days = (int) (LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - first.toEpochDay());
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(
                    "copy monitoring_fact (kind, source_key, child_key, occurred_at, day, recorded_at, sex, age_band,"
                            + " forms, country, category, channel, sector) from stdin (format csv)",
                    new Lines(reports + children + referrals, n -> {
                        LocalDate day = first.plusDays(random.nextInt(days));
                        String at = day + " 12:00:00+00";
                        String country = COUNTRIES.get((int)
                                Math.min(COUNTRIES.size() - 1, Math.abs(random.nextGaussian()) * COUNTRIES.size() / 3));
                        String source = "bench|" + n;
                        if (n < reports) {
                            return String.join(
                                    ",",
                                    "report_received",
                                    source,
                                    "",
                                    at,
                                    day.toString(),
                                    at,
                                    "",
                                    "",
                                    "",
                                    country,
                                    pick(random, CATEGORIES),
                                    pick(random, CHANNELS),
                                    "");
                        }
                        String child = "\\x" + HexFormat.of().formatHex(longBytes(random.nextLong(children)));
                        String forms = "\"{" + pick(random, CATEGORIES)
                                + (random.nextInt(4) == 0 ? "," + pick(random, CATEGORIES) : "") + "}\"";
                        boolean registration = n < reports + children;
                        return String.join(
                                ",",
                                registration ? "child_registered" : "referral_accepted",
                                source,
                                registration ? "\\x" + HexFormat.of().formatHex(longBytes(n)) : child,
                                at,
                                day.toString(),
                                at,
                                pick(random, SEXES),
                                pick(random, AGE_BANDS),
                                forms,
                                country,
                                "",
                                "",
                                registration ? "" : pick(random, SECTORS));
                    }));
            try (var statement = connection.createStatement()) {
                statement.execute("""
                        insert into monitoring_monthly (kind, month, form, sex, age_band, country, category,
                            channel, outcome, sector, need, n)
                        select m.kind, date_trunc('month', m.day)::date, f.form, coalesce(m.sex, '_U'), coalesce(m.age_band, '_U'),
                               coalesce(m.country, '_U'), coalesce(m.category, '_U'), coalesce(m.channel, '_U'), '_U',
                               coalesce(m.sector, '_U'), '_U', count(*)
                        from monitoring_fact m
                        cross join lateral unnest(array['_T'] || case when m.kind = 'report_received' then array[]::text[]
                            when cardinality(m.forms) > 0 then m.forms else array['_U'] end) as f(form)
                        where m.source_key like 'bench|%'
                        group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
                        on conflict (kind, month, form, sex, age_band, country, category, channel, outcome, sector,
                            need)
                        do update set n = monitoring_monthly.n + excluded.n""");
                statement.execute("""
                        insert into monitoring_generation (kind, year, generation)
                        select kind, extract(year from day)::int, count(*) from monitoring_fact
                        where source_key like 'bench|%' group by 1, 2
                        on conflict (kind, year)
                        do update set generation = monitoring_generation.generation + excluded.generation""");
                statement.execute("analyze monitoring_fact");
                statement.execute("analyze monitoring_monthly");
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Times what a dashboard waits for, as a running service would. First each year of each indicator counted on
     * request, as one arriving before the background count has reached its year waits for; then one background count
     * of every year of every indicator, as the refresher does after start-up; then {@code calls} random calls (a year
     * by month, broken down by none, one or two dimensions) over every year, while report and child facts of the
     * current year keep arriving and the refresher counts them anew every few seconds.
     */
    public Timings time(int calls, int lastYear, int years, long randomSeed) throws InterruptedException {
        Random random = new Random(randomSeed);
        List<IndicatorDefinition> seeded = List.of(
                definitions.find("reports_received", null).orElseThrow(),
                definitions.find("children_registered", null).orElseThrow(),
                definitions.find("referrals_accepted", null).orElseThrow());
        query.forget();
        List<Double> counts = new ArrayList<>();
        for (IndicatorDefinition definition : seeded) {
            for (int year = lastYear - years + 1; year <= lastYear; year++) {
                counts.add(timed(definition, request(definition, year, random)));
            }
        }
        query.forget();
        long refreshStart = System.nanoTime();
        query.refresh(definitions.current());
        double refreshSeconds = (System.nanoTime() - refreshStart) / 1e9;
        var arriving = new AtomicLong();
        var stop = new AtomicBoolean();
        Thread facts = new Thread(() -> arrive(lastYear, arriving, stop), "bench-facts");
        facts.start();
        List<Double> dashboards = new ArrayList<>();
        try {
            for (int i = 0; i < calls; i++) {
                IndicatorDefinition definition = seeded.get(random.nextInt(seeded.size()));
                dashboards.add(timed(definition, request(definition, lastYear - random.nextInt(years), random)));
                // A person reads a dashboard before asking for the next, so calls are spread over the refreshes.
                Thread.sleep(random.nextInt(200));
            }
        } finally {
            stop.set(true);
            facts.join();
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heap = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        return new Timings(
                refreshSeconds,
                percentile(counts, 0.5),
                percentile(counts, 0.95),
                calls,
                arriving.get(),
                percentile(dashboards, 0.5),
                percentile(dashboards, 0.95),
                dashboards.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                heap);
    }

    /** Reports and children's registrations of {@code year} arriving as events, about twenty a second. */
    private void arrive(int year, AtomicLong arrived, AtomicBoolean stop) {
        Random random = new Random(11);
        Instant at = LocalDate.of(year, 1, 15).atStartOfDay().toInstant(ZoneOffset.UTC);
        while (!stop.get()) {
            if (random.nextBoolean()) {
                recorder.record(new ReportReceived(
                        UUID.randomUUID(),
                        "R-bench",
                        UUID.randomUUID(),
                        Category.values()[random.nextInt(Category.values().length)],
                        Channel.values()[random.nextInt(Channel.values().length)],
                        List.of(),
                        false,
                        false,
                        at,
                        pick(random, COUNTRIES)));
            } else {
                recorder.record(new CaseRegistered(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        pick(random, SEXES),
                        pick(random, AGE_BANDS),
                        pick(random, COUNTRIES),
                        List.of(pick(random, CATEGORIES)),
                        false,
                        false,
                        "report",
                        at,
                        false));
            }
            arrived.incrementAndGet();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private double timed(IndicatorDefinition definition, IndicatorRequest request) {
        long start = System.nanoTime();
        query.cells(definition, request, null);
        return (System.nanoTime() - start) / 1e6;
    }

    private static IndicatorRequest request(IndicatorDefinition definition, int year, Random random) {
        List<String> dimensions = new ArrayList<>(definition.dimensions());
        java.util.Collections.shuffle(dimensions, random);
        return new IndicatorRequest(
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                PeriodKind.MONTH,
                List.copyOf(dimensions.subList(0, random.nextInt(3))));
    }

    /** The number of facts and of monthly count rows. */
    public long[] sizes() {
        return new long[] {
            jdbc.sql("select count(*) from monitoring_fact").query(Long.class).single(),
            jdbc.sql("select count(*) from monitoring_monthly")
                    .query(Long.class)
                    .single()
        };
    }

    private static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String pick(Random random, List<String> codes) {
        return codes.get(random.nextInt(codes.size()));
    }

    private static byte[] longBytes(long value) {
        return java.nio.ByteBuffer.allocate(8).putLong(value).array();
    }

    /** CSV lines made one at a time as COPY reads them, so that ten million never sit in memory. */
    private static final class Lines extends Reader {

        private final long count;
        private final java.util.function.LongFunction<String> line;
        private long next;
        private char[] buffer = new char[0];
        private int position;

        Lines(long count, java.util.function.LongFunction<String> line) {
            this.count = count;
            this.line = line;
        }

        @Override
        public int read(char[] target, int offset, int length) throws IOException {
            if (position == buffer.length) {
                if (next == count) {
                    return -1;
                }
                var chunk = new StringBuilder();
                for (int i = 0; i < 1000 && next < count; i++) {
                    chunk.append(line.apply(next++)).append('\n');
                }
                buffer = chunk.toString().toCharArray();
                position = 0;
            }
            int n = Math.min(length, buffer.length - position);
            System.arraycopy(buffer, position, target, offset, n);
            position += n;
            return n;
        }

        @Override
        public void close() {
            buffer = Arrays.copyOf(buffer, 0);
        }
    }
}
