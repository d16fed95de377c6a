package org.protego.feedback;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.protego.directory.ServiceDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children's answers counted by month for monitoring's background work; no page or endpoint reaches it. Only months
 * that have ended are counted, so that a count never changes as one child answers: the answers themselves keep only
 * their month, and a count read at a known time must not tell more.
 */
@Service
public class FeedbackCounts {

    private static final String UNKNOWN = "_U";

    private final JdbcClient jdbc;
    private final ServiceDirectory directory;
    private final Clock clock;

    FeedbackCounts(JdbcClient jdbc, ServiceDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    /** Every ended month's answers, by the sector of the service and by two answers. */
    @Transactional(readOnly = true)
    public List<MonthlyAnswers> endedMonths() {
        YearMonth current = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        record Row(YearMonth month, UUID service, String recommend, String feltSafe, long answers) {}
        List<Row> rows = jdbc.sql("""
                        select month, service_id, coalesce(recommend, '_U'),
                               case when safe >= 4 then 'yes' when safe = 3 then 'partly' when safe <= 2 then 'no'
                                    else '_U' end,
                               count(*)
                        from feedback_answer
                        where month < :current
                        group by 1, 2, 3, 4
                        order by 1""")
                .param("current", current.atDay(1))
                .query((rs, n) -> new Row(
                        YearMonth.from(rs.getDate(1).toLocalDate()),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5)))
                .list();
        Map<UUID, String> sectors =
                directory.sectors(rows.stream().map(Row::service).distinct().toList());
        Map<List<Object>, Long> counts = new LinkedHashMap<>();
        for (Row row : rows) {
            String sector = sectors.getOrDefault(row.service(), UNKNOWN);
            counts.merge(List.of(row.month(), sector, row.recommend(), row.feltSafe()), row.answers(), Long::sum);
        }
        List<MonthlyAnswers> answers = new ArrayList<>();
        counts.forEach((key, n) -> answers.add(new MonthlyAnswers(
                (YearMonth) key.get(0), (String) key.get(1), (String) key.get(2), (String) key.get(3), n)));
        return answers;
    }
}
