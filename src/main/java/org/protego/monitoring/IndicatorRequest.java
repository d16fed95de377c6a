package org.protego.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.protego.shared.RefusedException;

/**
 * What a reader asked of an indicator, checked: whole calendar periods only (a range of arbitrary days could be
 * differenced with another to reveal a withheld count), at most two breakdowns, and only the indicator's own.
 *
 * @param to the last day, inclusive
 * @param by the dimensions to break down by, in the order asked
 */
record IndicatorRequest(LocalDate from, LocalDate to, PeriodKind period, List<String> by) {

    /** The longest range one answer covers. */
    static final int MAX_YEARS = 10;

    IndicatorRequest {
        by = List.copyOf(by);
    }

    /**
     * Checks a request as the API and the pages receive it; blank values take their defaults: the current year,
     * counted by year, without a breakdown.
     */
    static IndicatorRequest of(
            IndicatorDefinition definition, String from, String to, String period, String by, LocalDate today) {
        PeriodKind kind = periodKind(period);
        LocalDate start = blank(from) ? LocalDate.of(today.getYear(), 1, 1) : date(from);
        LocalDate end = blank(to) ? LocalDate.of(start.getYear(), 12, 31) : date(to);
        if (end.isBefore(start) || !startsPeriod(start, kind) || !endsPeriod(end, kind)) {
            throw new RefusedException(
                    MonitoringError.INDICATOR_PERIOD_UNALIGNED, kind.name().toLowerCase(Locale.ROOT));
        }
        if (end.getYear() - start.getYear() >= MAX_YEARS) {
            throw new RefusedException(MonitoringError.INDICATOR_PERIOD_TOO_LONG, MAX_YEARS);
        }
        List<String> dimensions = new ArrayList<>();
        if (!blank(by)) {
            for (String name : by.split(",")) {
                String trimmed = name.trim();
                if (trimmed.isEmpty() || dimensions.contains(trimmed)) {
                    continue;
                }
                if (!definition.dimensions().contains(trimmed)) {
                    throw new RefusedException(
                                    MonitoringError.INDICATOR_DIMENSION_INVALID,
                                    trimmed,
                                    String.join(", ", definition.dimensions()))
                            .with("allowed", definition.dimensions());
                }
                dimensions.add(trimmed);
            }
        }
        if (dimensions.size() > IndicatorQuery.MAX_BY) {
            throw new RefusedException(MonitoringError.INDICATOR_TOO_MANY_DIMENSIONS, IndicatorQuery.MAX_BY);
        }
        return new IndicatorRequest(start, end, kind, dimensions);
    }

    /** The codes of the periods of this request that fall in a year, in order. */
    List<String> periodsIn(int year) {
        List<String> periods = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate first = LocalDate.of(year, month, 1);
            if (first.isBefore(from.withDayOfMonth(1)) || first.isAfter(to)) {
                continue;
            }
            switch (period) {
                case MONTH -> periods.add(YearMonth.of(year, month).toString());
                case QUARTER -> {
                    if (month % 3 == 1) {
                        periods.add(year + "-Q" + (month / 3 + 1));
                    }
                }
                case YEAR -> {
                    if (month == 1) {
                        periods.add(Integer.toString(year));
                    }
                }
            }
        }
        return periods;
    }

    private static PeriodKind periodKind(String period) {
        if (blank(period)) {
            return PeriodKind.YEAR;
        }
        return Arrays.stream(PeriodKind.values())
                .filter(kind -> kind.name().equalsIgnoreCase(period.trim()))
                .findFirst()
                .orElseThrow(() -> new RefusedException(MonitoringError.INDICATOR_PERIOD_KIND_INVALID, period));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new RefusedException(MonitoringError.INDICATOR_DATE_INVALID, text);
        }
    }

    private static boolean startsPeriod(LocalDate day, PeriodKind kind) {
        return switch (kind) {
            case MONTH -> day.getDayOfMonth() == 1;
            case QUARTER -> day.getDayOfMonth() == 1 && (day.getMonthValue() - 1) % 3 == 0;
            case YEAR -> day.getDayOfYear() == 1;
        };
    }

    private static boolean endsPeriod(LocalDate day, PeriodKind kind) {
        return startsPeriod(day.plusDays(1), kind);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
