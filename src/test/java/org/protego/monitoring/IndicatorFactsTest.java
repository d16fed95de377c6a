package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.ProtegoTest;
import org.protego.cases.CaseRegistered;
import org.protego.cases.GuardianAppointed;
import org.protego.reports.Category;
import org.protego.reports.Channel;
import org.protego.reports.ReportReceived;
import org.protego.takedown.RemovalConfirmed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Indicators count facts recorded from events, withhold small counts, and give the same figures live and from a
 * cut-off. Each test counts in a far year of its own, so that the other tests' reports do not mix in, and in one month,
 * so that months with one or two facts do not withhold the year.
 */
@ProtegoTest
class IndicatorFactsTest {

    @Autowired
    FactRecorder listeners;

    @Autowired
    IndicatorQuery query;

    @Autowired
    IndicatorDefinitions definitions;

    @Autowired
    JdbcClient jdbc;

    int year;

    @BeforeEach
    void aYearOfItsOwn() {
        year = FactYears.unused();
    }

    @Test
    void aCellOfThreeIsWithheldWithAnotherOfItsLineAndACellOfSevenIsShown() {
        reports(Category.GROOMING, Channel.WEB, 3);
        reports(Category.GROOMING, Channel.API, 20);
        reports(Category.GROOMING, Channel.PHONE, 21);
        reports(Category.PROSTITUTION, Channel.WEB, 30);
        reports(Category.PROSTITUTION, Channel.API, 31);
        reports(Category.PROSTITUTION, Channel.PHONE, 7);
        reports(Category.TRAFFICKING, Channel.WEB, 22);
        reports(Category.TRAFFICKING, Channel.API, 23);
        reports(Category.TRAFFICKING, Channel.PHONE, 24);

        IndicatorCells cells = byCategoryAndChannel(null);

        assertThat(cell(cells, "grooming", "web").suppressed()).isTrue();
        assertThat(cell(cells, "grooming", "web").value()).isNull();
        assertThat(cells.cells().stream()
                        .filter(c -> c.codes().get(0).equals("grooming"))
                        .filter(c -> !c.codes().get(1).equals("web")
                                && !c.codes().get(1).equals("_T"))
                        .filter(IndicatorCells.Cell::suppressed))
                .as("another cell of the grooming line, so that the total does not give the 3 away")
                .isNotEmpty();
        assertThat(cell(cells, "prostitution", "phone").value()).isEqualByComparingTo("7");
        assertThat(cell(cells, "prostitution", "phone").suppressed()).isFalse();
    }

    @Test
    void figuresWithACutOffEqualTheLiveOnesForTheSameFactsAndLeaveOutLaterOnes() {
        reports(Category.TRAFFICKING, Channel.EMAIL, 6);
        reports(Category.OTHER, Channel.WEB, 5);
        Instant cutOff = Instant.now().plusMillis(5);
        await().until(() -> Instant.now().isAfter(cutOff));

        IndicatorCells live = byCategoryAndChannel(null);
        IndicatorCells recomputed = byCategoryAndChannel(cutOff);
        reports(Category.TRAFFICKING, Channel.EMAIL, 4);

        assertThat(recomputed.cells()).isEqualTo(live.cells());
        assertThat(byCategoryAndChannel(cutOff).cells()).isEqualTo(recomputed.cells());
        assertThat(cell(byCategoryAndChannel(null), "trafficking", "email").value())
                .isEqualByComparingTo("10");
        assertThat(byCategoryAndChannel(Instant.now().plusSeconds(1)).cells())
                .isEqualTo(byCategoryAndChannel(null).cells());
    }

    @Test
    void aRepublishedEventDoesNotCountTwice() {
        var event = new ReportReceived(
                UUID.randomUUID(),
                "R-1",
                UUID.randomUUID(),
                Category.GROOMING,
                Channel.WEB,
                List.of(),
                false,
                false,
                inYear(3),
                "FR");
        for (int i = 0; i < 5; i++) {
            reports(Category.GROOMING, Channel.WEB, 1);
        }

        listeners.record(event);
        listeners.record(event);

        assertThat(cell(byCategoryAndChannel(null), "grooming", "web").value()).isEqualByComparingTo("6");
        assertThat(cell(byCategoryAndChannel(Instant.now().plusSeconds(1)), "grooming", "web")
                        .value())
                .isEqualByComparingTo("6");
    }

    @Test
    void aChildWithTwoFormsCountsOnceUnderEachAndOnceInTheTotal() {
        for (int i = 0; i < 5; i++) {
            UUID caseId = UUID.randomUUID();
            listeners.record(new CaseRegistered(
                    caseId,
                    UUID.randomUUID(),
                    "female",
                    "10-14",
                    "FR",
                    List.of("grooming", "trafficking"),
                    true,
                    true,
                    "report",
                    inYear(2),
                    false));
            listeners.record(new GuardianAppointed(
                    caseId, UUID.randomUUID(), inYear(2), inYear(2).plusSeconds(3600), true, false));
        }
        UUID late = UUID.randomUUID();
        listeners.record(new CaseRegistered(
                late,
                UUID.randomUUID(),
                "female",
                "10-14",
                "FR",
                List.of("grooming"),
                true,
                true,
                "report",
                inYear(2),
                false));
        listeners.record(new GuardianAppointed(
                late, UUID.randomUUID(), inYear(2), inYear(2).plusSeconds(3 * 86_400), true, false));

        IndicatorCells registered = yearBy("children_registered", List.of("form"), null);
        IndicatorCells withinLimit = yearBy("children_guardian_within_limit", List.of("form"), null);

        assertThat(value(registered, "grooming")).isEqualByComparingTo("6");
        assertThat(value(registered, "trafficking")).isEqualByComparingTo("5");
        assertThat(value(registered, "_T")).isEqualByComparingTo("6");
        assertThat(value(withinLimit, "_T")).isEqualByComparingTo("5");
        assertThat(value(withinLimit, "trafficking")).isEqualByComparingTo("5");
    }

    @Test
    void aCountryWithFewerRemovalsThanTheMinimumIsMergedIntoOtherWithTheNextSmallest() {
        for (int hours = 1; hours <= 8; hours++) {
            removal("FR", hours);
        }
        for (int hours = 1; hours <= 6; hours++) {
            removal("NL", hours);
        }
        for (int hours = 1; hours <= 3; hours++) {
            removal("DE", hours);
        }

        IndicatorCells median = yearBy("takedown_time", List.of("country"), null);

        assertThat(value(median, "FR")).isEqualByComparingTo("4.5");
        // Germany alone would make "other" a group of three; the Netherlands join it, so neither is shown alone.
        assertThat(value(median, "_O")).isEqualByComparingTo("3");
        assertThat(median.cells()).noneMatch(c -> c.codes().get(0).equals("DE"));
        assertThat(median.cells()).noneMatch(c -> c.codes().get(0).equals("NL"));
        assertThat(yearBy("takedown_time", List.of("country"), Instant.now().plusSeconds(1))
                        .cells())
                .isEqualTo(median.cells());
    }

    @Test
    void theMedianTimeToRemovalIsWithheldInAMonthWithFewerRemovalsThanTheMinimum() {
        for (int hours = 1; hours <= 3; hours++) {
            removal("FR", hours);
        }

        IndicatorCells median = yearBy("takedown_time", List.of(), null);

        assertThat(median.cells()).singleElement().satisfies(cell -> {
            assertThat(cell.suppressed()).isTrue();
            assertThat(cell.value()).isNull();
        });
    }

    private void reports(Category category, Channel channel, int count) {
        for (int i = 0; i < count; i++) {
            listeners.record(new ReportReceived(
                    UUID.randomUUID(),
                    "R-" + i,
                    UUID.randomUUID(),
                    category,
                    channel,
                    List.of(),
                    false,
                    false,
                    inYear(1 + i % 12),
                    null));
        }
    }

    private void removal(String country, int hours) {
        Instant removed = inYear(5);
        listeners.record(new RemovalConfirmed(
                UUID.randomUUID(),
                "https://example.org/" + UUID.randomUUID(),
                removed,
                country,
                removed.minusSeconds(hours * 3600L)));
    }

    private Instant inYear(int month) {
        return LocalDate.of(year, month, 10).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private IndicatorCells byCategoryAndChannel(Instant cutOff) {
        return yearBy("reports_received", List.of("category", "channel"), cutOff);
    }

    private IndicatorCells yearBy(String code, List<String> by, Instant cutOff) {
        var request = new IndicatorRequest(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), PeriodKind.YEAR, by);
        return query.cells(definitions.find(code, null).orElseThrow(), request, cutOff);
    }

    private static IndicatorCells.Cell cell(IndicatorCells cells, String... codes) {
        return cells.cells().stream()
                .filter(c -> c.codes().equals(List.of(codes)))
                .findFirst()
                .orElseThrow();
    }

    private static BigDecimal value(IndicatorCells cells, String... codes) {
        return cell(cells, codes).value();
    }
}
