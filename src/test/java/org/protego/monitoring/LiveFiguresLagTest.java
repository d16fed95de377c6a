package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.ProtegoTest;
import org.protego.reports.Category;
import org.protego.reports.Channel;
import org.protego.reports.ReportReceived;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With the default lag, a dashboard is answered from the kept figures of a year while its new facts are counted in the
 * background, never more than a minute behind them; a year whose facts did not change is kept however long ago it was
 * counted. The suite itself runs with no lag, so each test here has an indicator query of its own on a clock it moves.
 */
@ProtegoTest
class LiveFiguresLagTest {

    @Autowired
    FactRecorder recorder;

    @Autowired
    Facts facts;

    @Autowired
    IndicatorDefinitions definitions;

    @Autowired
    JdbcClient jdbc;

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T08:00:00Z"));
    IndicatorQuery query;
    IndicatorDefinition reportsReceived;
    int year;

    @BeforeEach
    void aQueryWithTheDefaultLag() {
        var settings = new MonitoringSettings(
                5,
                Duration.ofHours(1),
                Duration.ofDays(30),
                Period.ofMonths(3),
                Duration.ofMinutes(1),
                Duration.ofMinutes(1));
        query = new IndicatorQuery(jdbc, facts, settings, clock);
        reportsReceived = definitions.find("reports_received", null).orElseThrow();
        year = FactYears.unused();
    }

    @Test
    void newFactsShowAfterTheBackgroundCountAndTheKeptFiguresAnswerMeanwhile() {
        reports(6);
        assertThat(total()).isEqualByComparingTo("6");
        Instant counted = clock.instant();

        reports(4);
        clock.move(Duration.ofSeconds(20));

        assertThat(total())
                .as("the kept figures answer while the new facts are counted")
                .isEqualByComparingTo("6");
        assertThat(cells().cutOff()).as("they say when they were counted").isEqualTo(counted);

        query.refresh(definitions.current());

        assertThat(total()).isEqualByComparingTo("10");
        assertThat(cells().cutOff()).isEqualTo(clock.instant());
    }

    @Test
    void figuresOlderThanTheLagAreNeverAnsweredWhenTheirFactsChanged() {
        reports(6);
        assertThat(total()).isEqualByComparingTo("6");

        reports(5);
        clock.move(Duration.ofSeconds(61));

        assertThat(total())
                .as("a minute after they were counted, the request counts anew")
                .isEqualByComparingTo("11");
    }

    @Test
    void aYearWhoseFactsDidNotChangeIsKeptAndSaysItIsCurrent() {
        reports(7);
        assertThat(total()).isEqualByComparingTo("7");
        clock.move(Duration.ofMinutes(10));

        IndicatorCells later = cells();

        assertThat(later.cutOff()).isEqualTo(clock.instant());
        assertThat(later.cells())
                .singleElement()
                .satisfies(cell -> assertThat(cell.value()).isEqualByComparingTo("7"));
    }

    private void reports(int count) {
        for (int i = 0; i < count; i++) {
            recorder.record(new ReportReceived(
                    UUID.randomUUID(),
                    "R-" + i,
                    UUID.randomUUID(),
                    Category.GROOMING,
                    Channel.WEB,
                    List.of(),
                    false,
                    false,
                    LocalDate.of(year, 3, 10).atTime(12, 0).toInstant(ZoneOffset.UTC),
                    null));
        }
    }

    private IndicatorCells cells() {
        var request =
                new IndicatorRequest(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), PeriodKind.YEAR, List.of());
        return query.cells(reportsReceived, request, null);
    }

    private BigDecimal total() {
        return cells().cells().get(0).value();
    }

    /** A clock the test moves on by hand. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
