package org.protego.referrals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What supervisors count of referrals across sectors: made, accepted, declined by reason, completed, and how long
 * acceptance takes by sector. Nothing is decrypted and nothing identifying leaves. Small counts are not withheld here,
 * so monitors read referral figures only through the monitoring module, which withholds them (issue 11).
 */
@Service
public class ReferralIndicators {

    static final int MAX_YEARS = 10;

    private final JdbcClient jdbc;

    ReferralIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures between two days, both included. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public ReferralFigures between(LocalDate from, LocalDate to) {
        if (from == null
                || to == null
                || to.isBefore(from)
                || from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new InvalidRequestException(List.of(new FieldProblem("to", ReferralError.PERIOD_INVALID)));
        }
        OffsetDateTime start = from.atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime end = to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        Map<String, Long> declined = new LinkedHashMap<>();
        jdbc.sql("""
                        select decline_reason, count(*) from referrals_referral
                        where declined_at >= :from and declined_at < :to group by decline_reason order by 1""").param("from", start).param("to", end).query(rs -> {
            declined.put(rs.getString(1), rs.getLong(2));
        });
        Map<String, Double> median = new LinkedHashMap<>();
        jdbc.sql("""
                        select coalesce(sector, 'unknown'),
                            percentile_cont(0.5) within group (order by extract(epoch from accepted_at - sent_at) / 3600)
                        from referrals_referral
                        where accepted_at >= :from and accepted_at < :to group by 1 order by 1""").param("from", start).param("to", end).query(rs -> {
            median.put(rs.getString(1), rs.getDouble(2));
        });
        return new ReferralFigures(
                from,
                to,
                count("sent_at", start, end),
                count("accepted_at", start, end),
                declined,
                count("completed_at", start, end),
                median);
    }

    private long count(String column, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("select count(*) from referrals_referral where " + column + " >= :from and " + column
                        + " < :to")
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single();
    }
}
