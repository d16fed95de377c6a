package org.protego.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How many cases are open within a scope, by risk level. */
@Repository
class Caseloads {

    private final JdbcClient jdbc;

    Caseloads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open cases by risk level, highest first, every level present. */
    Map<String, Long> openByRiskLevel(CaseScope scope) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = RiskLevel.values().length - 1; i >= 0; i--) {
            counts.put(RiskLevel.values()[i].code(), 0L);
        }
        jdbc.sql("select risk_level, count(*) as cases from case_file where " + scope.condition() + " and state in "
                        + DueDates.STILL_FOLLOWED_SQL + " group by risk_level")
                .params(scope.parameters())
                .query((rs, n) -> Map.entry(rs.getString("risk_level"), rs.getLong("cases")))
                .list()
                .forEach(count -> counts.merge(count.getKey(), count.getValue(), Long::sum));
        return counts;
    }
}
