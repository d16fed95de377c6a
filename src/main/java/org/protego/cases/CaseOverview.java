package org.protego.cases;

import java.util.List;
import java.util.Map;

/**
 * What a supervisor oversees: how many cases are open, by risk level, and what is overdue, longest overdue first.
 *
 * @param openCasesByRiskLevel open cases by risk level code ({@code high}, {@code medium}, {@code low}), each level
 *     present
 */
public record CaseOverview(long openCases, Map<String, Long> openCasesByRiskLevel, List<OverdueWork> overdue) {}
