package org.protego.monitoring;

/** The length of the periods an indicator is counted in; a year's months add up to its quarters and to the year. */
enum PeriodKind {
    MONTH,
    QUARTER,
    YEAR
}
