package org.protego.takedown;

import static org.protego.shared.Timestamps.offset;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Computes the takedown timing indicators in PostgreSQL, over items assessed or first noticed in a period: the
 * percentiles are taken where the rows are rather than by loading every item of the period.
 */
@Repository
class Timings {

    private static final String DURATIONS = """
            select count(*) as n,
                   percentile_cont(0.5) within group (order by hours) as p50,
                   percentile_cont(0.9) within group (order by hours) as p90,
                   percentile_cont(0.99) within group (order by hours) as p99
            from (select extract(epoch from (%s - %s)) / 3600.0 as hours from takedown_item t
                  left join takedown_provider p on p.id = t.provider_id
                  where %s is not null and %s >= :from and %s < :to %s) d""";

    private static final String SHARES = """
            select count(*) as noticed,
                   count(*) filter (where removed_at <= first_notice_at + interval '1 day') as d1,
                   count(*) filter (where removed_at <= first_notice_at + interval '3 days') as d3,
                   count(*) filter (where removed_at <= first_notice_at + interval '7 days') as d7
            from takedown_item t left join takedown_provider p on p.id = t.provider_id
            where first_notice_at >= :from and first_notice_at < :to %s""";

    private final JdbcClient jdbc;

    Timings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    TakedownIndicators compute(LocalDate from, LocalDate to) {
        OffsetDateTime start = offset(from.atStartOfDay(ZoneOffset.UTC).toInstant());
        OffsetDateTime end = offset(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return new TakedownIndicators(
                from,
                to,
                durations("assessed_at", "first_reported_at", "assessed_at", "", null, start, end),
                durations("first_notice_at", "assessed_at", "first_notice_at", "", null, start, end),
                durations("removed_at", "first_notice_at", "first_notice_at", "", null, start, end),
                shares("", null, start, end),
                groups("t.hosting_country", start, end),
                groups("p.name", start, end));
    }

    private List<TakedownIndicators.Group> groups(String keyColumn, OffsetDateTime start, OffsetDateTime end) {
        List<String> keys = jdbc.sql("select distinct " + keyColumn + " from takedown_item t "
                        + "left join takedown_provider p on p.id = t.provider_id "
                        + "where first_notice_at >= :from and first_notice_at < :to and " + keyColumn + " is not null "
                        + "order by 1")
                .param("from", start)
                .param("to", end)
                .query(String.class)
                .list();
        String condition = " and " + keyColumn + " = :key";
        return keys.stream()
                .map(key -> new TakedownIndicators.Group(
                        key,
                        durations("first_notice_at", "assessed_at", "first_notice_at", condition, key, start, end),
                        durations("removed_at", "first_notice_at", "first_notice_at", condition, key, start, end),
                        shares(condition, key, start, end)))
                .toList();
    }

    private TakedownIndicators.Durations durations(
            String endColumn,
            String startColumn,
            String periodColumn,
            String condition,
            String key,
            OffsetDateTime start,
            OffsetDateTime end) {
        var statement = jdbc.sql(DURATIONS.formatted(
                        "t." + endColumn,
                        "t." + startColumn,
                        "t." + endColumn,
                        "t." + periodColumn,
                        "t." + periodColumn,
                        condition))
                .param("from", start)
                .param("to", end);
        if (key != null) {
            statement = statement.param("key", key);
        }
        return statement
                .query((rs, n) -> new TakedownIndicators.Durations(
                        rs.getLong("n"),
                        rounded(rs.getObject("p50")),
                        rounded(rs.getObject("p90")),
                        rounded(rs.getObject("p99"))))
                .single();
    }

    private TakedownIndicators.RemovalShares shares(
            String condition, String key, OffsetDateTime start, OffsetDateTime end) {
        var statement =
                jdbc.sql(SHARES.formatted(condition)).param("from", start).param("to", end);
        if (key != null) {
            statement = statement.param("key", key);
        }
        return statement
                .query((rs, n) -> {
                    long noticed = rs.getLong("noticed");
                    return new TakedownIndicators.RemovalShares(
                            noticed,
                            share(rs.getLong("d1"), noticed),
                            share(rs.getLong("d3"), noticed),
                            share(rs.getLong("d7"), noticed));
                })
                .single();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    private static Double rounded(Object hours) {
        return hours == null ? null : Math.round(((Number) hours).doubleValue() * 100) / 100.0;
    }
}
