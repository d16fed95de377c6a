package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.ProtegoTest;
import org.protego.directory.DirectoryRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Children's feedback is counted once its month has ended, by whether the child would tell a friend to go, whether
 * they felt safe and the sector of the service, with small counts withheld like every other indicator's; reading the
 * same answers again counts nothing twice, and the month still running is not counted at all. The scheduled reading may
 * run beside a test's, so the tests count the facts a month has rather than what one reading added.
 */
@ProtegoTest
class ChildrenFeedbackIndicatorTest {

    @Autowired
    FeedbackFactsSync sync;

    @Autowired
    IndicatorQuery query;

    @Autowired
    IndicatorDefinitions definitions;

    @Autowired
    JdbcClient jdbc;

    UUID provider;
    UUID service;

    @BeforeEach
    void aServiceInTheSocialWelfareSector() {
        provider = organisation("Feedback provider " + UUID.randomUUID());
        service = DirectoryRows.insertService(
                jdbc, provider, "Drop-in centre", "counselling", null, null, List.of(), List.of("en"));
    }

    @Test
    void answersOfAnEndedMonthAreCountedByTheirAnswersAndTheSectorOfTheService() {
        int year = pastYear();
        YearMonth march = YearMonth.of(year, 3);
        answers(march, "yes", 5, 6);
        answers(march, "no", 1, 5);
        answers(march, null, null, 5);

        sync.sync();

        assertThat(value(year, List.of("recommend"), "yes")).isEqualByComparingTo("6");
        assertThat(value(year, List.of("recommend"), "no")).isEqualByComparingTo("5");
        assertThat(value(year, List.of("recommend"), "not_sure")).isEqualByComparingTo("0");
        assertThat(value(year, List.of("recommend"), "_U")).as("not answered").isEqualByComparingTo("5");
        assertThat(value(year, List.of("feltSafe"), "yes")).isEqualByComparingTo("6");
        assertThat(value(year, List.of("feltSafe"), "no")).isEqualByComparingTo("5");
        assertThat(value(year, List.of("sector"), "social_welfare")).isEqualByComparingTo("16");
        assertThat(value(year, List.of(), "_T")).isEqualByComparingTo("16");
    }

    @Test
    void twoChildrenWhoWereNotSureAreWithheld() {
        int year = pastYear();
        answers(YearMonth.of(year, 4), "yes", 5, 9);
        answers(YearMonth.of(year, 4), "not_sure", 3, 2);

        sync.sync();

        IndicatorCells.Cell notSure = cell(year, List.of("recommend"), "not_sure");
        assertThat(notSure.suppressed()).isTrue();
        assertThat(notSure.value()).isNull();
    }

    @Test
    void readingTheSameAnswersAgainCountsNothingTwiceAndNewOnesAreAdded() {
        int year = pastYear();
        YearMonth may = YearMonth.of(year, 5);
        answers(may, "not_sure", 4, 6);

        sync.sync();
        long first = factsOf(may);
        sync.sync();
        long again = factsOf(may);
        answers(may, "not_sure", 4, 2);
        sync.sync();

        assertThat(first).isEqualTo(6);
        assertThat(again).isEqualTo(6);
        assertThat(factsOf(may)).isEqualTo(8);
        assertThat(value(year, List.of("recommend"), "not_sure")).isEqualByComparingTo("8");
    }

    @Test
    void theMonthStillRunningIsNotCounted() {
        YearMonth current = YearMonth.now(java.time.ZoneOffset.UTC);
        answers(current, "yes", 5, 3);
        long before = factsOf(current);

        sync.sync();

        assertThat(factsOf(current)).isEqualTo(before).isZero();
    }

    private long factsOf(YearMonth month) {
        return jdbc.sql("select count(*) from monitoring_fact where kind = 'feedback_given' and day = :day")
                .param("day", month.atDay(1))
                .query(Long.class)
                .single();
    }

    /** A year long past that no other test answers in; feedback is only counted for months that have ended. */
    private static int pastYear() {
        return FactYears.unused() - 200;
    }

    private void answers(YearMonth month, String recommend, Integer safe, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                            insert into feedback_answer (id, service_id, provider_organisation_id,
                                sender_organisation_id, month, language, safe, recommend)
                            values (:id, :service, :provider, :provider, :month, 'en', :safe, :recommend)""")
                    .param("id", UUID.randomUUID())
                    .param("service", service)
                    .param("provider", provider)
                    .param("month", month.atDay(1))
                    .param("safe", safe)
                    .param("recommend", recommend)
                    .update();
        }
    }

    private UUID organisation(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into identity_organisation (id, name, created_at) values (:id, :name, :at)")
                .param("id", id)
                .param("name", name)
                .param("at", Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    private IndicatorCells.Cell cell(int year, List<String> by, String code) {
        var request = new IndicatorRequest(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), PeriodKind.YEAR, by);
        return query.cells(definitions.find("children_feedback", null).orElseThrow(), request, null).cells().stream()
                .filter(cell -> cell.codes().isEmpty()
                        ? code.equals("_T")
                        : cell.codes().get(0).equals(code))
                .findFirst()
                .orElseThrow();
    }

    private BigDecimal value(int year, List<String> by, String code) {
        return cell(year, by, code).value();
    }
}
