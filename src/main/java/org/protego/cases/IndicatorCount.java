package org.protego.cases;

/**
 * How many children (or closures) fall in one group: the indicator's code, then the group by sex, age band, form of
 * exploitation, nationality and, for closures, reason (null where it does not apply or was not recorded). Nothing in
 * it identifies a child. A child recorded with several forms of exploitation counts once under each.
 */
public record IndicatorCount(
        String indicator,
        String sex,
        String ageBand,
        String formOfExploitation,
        String nationality,
        String reason,
        long count) {}
