package org.protego.monitoring;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Many facts loaded at once and dashboard calls timed, for the {@code bench-monitoring} tool. No page or API endpoint
 * reaches it: on a running service, facts come only from events. Facts go in with COPY straight into monitoring's own
 * tables, because the dashboards read nothing else.
 */
@Service
public class MonitoringBenchmark {

    /** The figures of one run, in milliseconds. */
    public record Timings(int calls, double coldP50, double coldP95, double warmP50, double warmP95, double maximum) {}

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

    MonitoringBenchmark(
            DataSource dataSource, JdbcClient jdbc, IndicatorDefinitions definitions, IndicatorQuery query) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.definitions = definitions;
        this.query = query;
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
                statement.execute("analyze monitoring_fact");
                statement.execute("analyze monitoring_monthly");
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Times dashboard calls: a year by month broken down by none, one or two random dimensions of a random indicator
     * among those seeded. First each year of each indicator once cold, computing and protecting its linked tables;
     * then {@code calls} calls warm, slicing the kept ones, as a dashboard does within the minute they are kept.
     */
    public Timings time(int calls, int lastYear, int years, long randomSeed) {
        Random random = new Random(randomSeed);
        List<IndicatorDefinition> seeded = List.of(
                definitions.find("reports_received", null).orElseThrow(),
                definitions.find("children_registered", null).orElseThrow(),
                definitions.find("referrals_accepted", null).orElseThrow());
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        query.forget();
        for (IndicatorDefinition definition : seeded) {
            for (int year = lastYear - years + 1; year <= lastYear; year++) {
                cold.add(timed(definition, request(definition, year, random)));
            }
        }
        for (int i = 0; i < calls; i++) {
            IndicatorDefinition definition = seeded.get(random.nextInt(seeded.size()));
            warm.add(timed(definition, request(definition, lastYear - random.nextInt(years), random)));
        }
        double maximum = java.util.stream.Stream.concat(cold.stream(), warm.stream())
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        return new Timings(
                calls,
                percentile(cold, 0.5),
                percentile(cold, 0.95),
                percentile(warm, 0.5),
                percentile(warm, 0.95),
                maximum);
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
