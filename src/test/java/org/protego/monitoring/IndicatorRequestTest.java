package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protego.shared.RefusedException;

/** Requests ask for whole calendar periods and at most two of the indicator's own breakdowns. */
class IndicatorRequestTest {

    static final IndicatorDefinition REPORTS = new IndicatorDefinition(
            "reports_received",
            1,
            "monitoring.indicator.reports_received",
            "number",
            "count",
            List.of("category", "channel", "country"),
            "report",
            List.of("report_received"),
            Map.of(),
            LocalDate.of(2026, 1, 1),
            null,
            "0".repeat(64));

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void blankValuesAskForTheCurrentYearWithoutBreakdown() {
        var request = IndicatorRequest.of(REPORTS, null, "", null, null, TODAY);

        assertThat(request)
                .isEqualTo(new IndicatorRequest(
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), PeriodKind.YEAR, List.of()));
        assertThat(request.periodsIn(2026)).containsExactly("2026");
    }

    @Test
    void quartersOverTwoYearsAreListedInOrder() {
        var request = IndicatorRequest.of(REPORTS, "2025-10-01", "2026-06-30", "quarter", "channel", TODAY);

        assertThat(request.periodsIn(2025)).containsExactly("2025-Q4");
        assertThat(request.periodsIn(2026)).containsExactly("2026-Q1", "2026-Q2");
        assertThat(request.by()).containsExactly("channel");
    }

    @Test
    void aRangeThatDoesNotEndAMonthIsRefused() {
        assertThatThrownBy(() -> IndicatorRequest.of(REPORTS, "2026-01-01", "2026-01-15", "month", null, TODAY))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.error()).isEqualTo(MonitoringError.INDICATOR_PERIOD_UNALIGNED));
    }

    @Test
    void aQuarterThatStartsInFebruaryIsRefused() {
        assertThatThrownBy(() -> IndicatorRequest.of(REPORTS, "2026-02-01", "2026-04-30", "quarter", null, TODAY))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.error()).isEqualTo(MonitoringError.INDICATOR_PERIOD_UNALIGNED));
    }

    @Test
    void aBreakdownTheIndicatorDoesNotHaveIsRefusedNamingTheAllowedOnes() {
        assertThatThrownBy(() -> IndicatorRequest.of(REPORTS, null, null, null, "sex", TODAY))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.error()).isEqualTo(MonitoringError.INDICATOR_DIMENSION_INVALID);
                    assertThat(e.arguments()).containsExactly("sex", "category, channel, country");
                });
    }

    @Test
    void threeBreakdownsAreRefused() {
        assertThatThrownBy(() -> IndicatorRequest.of(REPORTS, null, null, null, "category,channel,country", TODAY))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.error()).isEqualTo(MonitoringError.INDICATOR_TOO_MANY_DIMENSIONS));
    }

    @Test
    void aDateThatIsNotADateIsRefused() {
        assertThatThrownBy(() -> IndicatorRequest.of(REPORTS, "2026-13-01", null, null, null, TODAY))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.error()).isEqualTo(MonitoringError.INDICATOR_DATE_INVALID));
    }
}
