package org.protego.monitoring;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The facts monitoring keeps and their monthly counts. A fact is inserted once; only a new one bumps the counts, in the
 * same transaction, so a republished event never counts twice and the counts always equal the facts.
 */
@Repository
class Facts {

    /** The kinds whose facts are about a child, counted under each of the child's forms of exploitation. */
    static final List<String> CHILD_KINDS = List.of(
            Fact.CHILD_REGISTERED,
            Fact.CHILD_GUARDIAN,
            Fact.CHILD_REFERRED,
            Fact.CHILD_RECEIVING_SERVICES,
            Fact.REFERRAL_ACCEPTED,
            Fact.REFERRAL_COMPLETED);

    /** What a child was registered with, as the facts of its later steps are broken down. */
    record Registration(String sex, String ageBand, List<String> forms, String nationality) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Facts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps a fact and counts it, unless a fact of the same event (or the same child, where it counts once) exists. */
    boolean record(Fact fact) {
        Optional<Long> inserted = jdbc.sql("""
                        insert into monitoring_fact (kind, source_key, child_key, occurred_at, day, recorded_at, sex,
                            age_band, forms, country, category, channel, outcome, sector, need, urgency, reason, hours)
                        values (:kind, :sourceKey, :childKey, :occurredAt, :day, :recordedAt, :sex, :ageBand, :forms,
                            :country, :category, :channel, :outcome, :sector, :need, :urgency, :reason, :hours)
                        on conflict do nothing
                        returning id""")
                .param("kind", fact.kind())
                .param("sourceKey", fact.sourceKey())
                .param("childKey", fact.childKey())
                .param("occurredAt", Timestamps.offset(fact.occurredAt()))
                .param("day", fact.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate())
                .param("recordedAt", Timestamps.offset(clock.instant()))
                .param("sex", fact.sex())
                .param("ageBand", fact.ageBand())
                .param("forms", fact.forms() == null ? null : fact.forms().toArray(String[]::new))
                .param("country", fact.country())
                .param("category", fact.category())
                .param("channel", fact.channel())
                .param("outcome", fact.outcome())
                .param("sector", fact.sector())
                .param("need", fact.need())
                .param("urgency", fact.urgency())
                .param("reason", fact.reason())
                .param("hours", fact.hours())
                .query(Long.class)
                .optional();
        if (inserted.isEmpty()) {
            return false;
        }
        count(fact);
        jdbc.sql("""
                        insert into monitoring_generation (kind, year, generation) values (:kind, :year, 1)
                        on conflict (kind, year) do update set generation = monitoring_generation.generation + 1""")
                .param("kind", fact.kind())
                .param("year", fact.occurredAt().atOffset(ZoneOffset.UTC).getYear())
                .update();
        return true;
    }

    /**
     * Changes every time new facts of a kind are committed for a year, by this instance or another, so that figures kept
     * for that year know they are out of date while those of other years stay.
     */
    long generation(String kind, int year) {
        return jdbc.sql("select generation from monitoring_generation where kind = :kind and year = :year")
                .param("kind", kind)
                .param("year", year)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /** The generation of every kind and year that has facts, keyed by {@link #generationKey}. */
    Map<String, Long> generations() {
        Map<String, Long> generations = new HashMap<>();
        jdbc.sql("select kind, year, generation from monitoring_generation")
                .query((rs, n) -> generations.put(generationKey(rs.getString(1), rs.getInt(2)), rs.getLong(3)))
                .list();
        return generations;
    }

    static String generationKey(String kind, int year) {
        return kind + "|" + year;
    }

    /** What the child was registered with, when monitoring has its registration. */
    Optional<Registration> registration(byte[] childKey) {
        return jdbc.sql("""
                        select sex, age_band, forms, country from monitoring_fact
                        where kind = 'child_registered' and child_key = :childKey""")
                .param("childKey", childKey)
                .query((rs, n) -> new Registration(
                        rs.getString("sex"),
                        rs.getString("age_band"),
                        formsOf(rs.getArray("forms")),
                        rs.getString("country")))
                .optional();
    }

    /** The rows a fact is counted in: '_T' once, and each of its forms for a fact about a child. */
    static List<String> formRows(String kind, List<String> forms) {
        List<String> rows = new ArrayList<>(List.of(Dimension.TOTAL));
        if (CHILD_KINDS.contains(kind)) {
            if (forms == null || forms.isEmpty()) {
                rows.add(IndicatorCodes.UNKNOWN);
            } else {
                forms.stream().distinct().forEach(rows::add);
            }
        }
        return rows;
    }

    private void count(Fact fact) {
        jdbc.sql("""
                        insert into monitoring_monthly (kind, month, form, sex, age_band, country, category, channel,
                            outcome, sector, need, n)
                        select :kind, :month, f.form, :sex, :ageBand, :country, :category, :channel, :outcome, :sector,
                            :need, 1
                        from unnest(:forms) as f(form)
                        on conflict (kind, month, form, sex, age_band, country, category, channel, outcome, sector, need)
                        do update set n = monitoring_monthly.n + 1""")
                .param("kind", fact.kind())
                .param(
                        "month",
                        fact.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1))
                .param("forms", formRows(fact.kind(), fact.forms()).toArray(String[]::new))
                .param("sex", orUnknown(fact.sex()))
                .param("ageBand", orUnknown(fact.ageBand()))
                .param("country", orUnknown(fact.country()))
                .param("category", orUnknown(fact.category()))
                .param("channel", orUnknown(fact.channel()))
                .param("outcome", orUnknown(fact.outcome()))
                .param("sector", orUnknown(fact.sector()))
                .param("need", orUnknown(fact.need()))
                .update();
    }

    private static String orUnknown(String code) {
        return code == null ? IndicatorCodes.UNKNOWN : code;
    }

    static List<String> formsOf(Array array) throws SQLException {
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }
}
