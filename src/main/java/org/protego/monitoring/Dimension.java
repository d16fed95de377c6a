package org.protego.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dimension of a table of counts: every code it has, each with the code of the total it adds up to. The
 * dimension's grand total, {@link #TOTAL}, adds up to nothing; a period dimension nests months in quarters in a year.
 *
 * @param name the dimension's name as the API spells it, such as {@code sex} or {@code period}
 * @param parentOf for every code of the dimension, the code its count is a part of, or {@code null} for the root
 */
record Dimension(String name, Map<String, String> parentOf) {

    /** The code of a dimension's grand total, as in SDMX. */
    static final String TOTAL = "_T";

    Dimension {
        parentOf = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parentOf));
    }

    /** A dimension whose codes all add up to its grand total. */
    static Dimension flat(String name, List<String> codes) {
        var parents = new LinkedHashMap<String, String>();
        parents.put(TOTAL, null);
        codes.forEach(code -> parents.put(code, TOTAL));
        return new Dimension(name, parents);
    }

    /** The calendar year as a period dimension: months in quarters ({@code 2026-Q1}) in the year ({@code 2026}). */
    static Dimension calendarYear(int year) {
        var parents = new LinkedHashMap<String, String>();
        String yearCode = Integer.toString(year);
        parents.put(yearCode, null);
        for (int quarter = 1; quarter <= 4; quarter++) {
            parents.put(yearCode + "-Q" + quarter, yearCode);
        }
        for (int month = 1; month <= 12; month++) {
            parents.put(String.format("%d-%02d", year, month), yearCode + "-Q" + ((month - 1) / 3 + 1));
        }
        return new Dimension("period", parents);
    }
}
