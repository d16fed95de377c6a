package org.protego.monitoring;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.protego.feedback.FeedbackCounts;
import org.protego.feedback.MonthlyAnswers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children's feedback reaches monitoring as the counts of months that have ended, read from the feedback module, and
 * never as events: an event would be kept with the time a child answered beside what the child said, which the
 * feedback module takes care never to store. Each answer counted becomes one fact dated the first of its month, with a
 * source key numbered within its group, so that reading the same counts again, here or on another instance, adds
 * nothing.
 */
@Component
class FeedbackFactsSync {

    private final FeedbackCounts counts;
    private final Facts facts;
    private final JdbcClient jdbc;

    FeedbackFactsSync(FeedbackCounts counts, Facts facts, JdbcClient jdbc) {
        this.counts = counts;
        this.facts = facts;
        this.jdbc = jdbc;
    }

    /** Adds a fact for every answer of an ended month that monitoring has not counted yet; returns how many. */
    @Transactional
    int sync() {
        Map<List<String>, Long> counted = new HashMap<>();
        jdbc.sql("""
                        select day, sector, outcome, need, count(*) from monitoring_fact
                        where kind = :kind group by 1, 2, 3, 4""")
                .param("kind", Fact.FEEDBACK_GIVEN)
                .query((rs, n) -> counted.put(
                        List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), rs.getLong(5)))
                .list();
        int added = 0;
        for (MonthlyAnswers group : counts.endedMonths()) {
            String day = group.month().atDay(1).toString();
            long already = counted.getOrDefault(List.of(day, group.sector(), group.recommend(), group.feltSafe()), 0L);
            for (long number = already + 1; number <= group.answers(); number++) {
                String source = String.join(
                        "|",
                        "feedback",
                        day,
                        group.sector(),
                        group.recommend(),
                        group.feltSafe(),
                        Long.toString(number));
                var fact = Fact.of(
                                Fact.FEEDBACK_GIVEN,
                                source,
                                null,
                                group.month().atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                        .withFeedback(group.sector(), group.recommend(), group.feltSafe());
                if (facts.record(fact)) {
                    added++;
                }
            }
        }
        return added;
    }
}
