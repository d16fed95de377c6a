package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

    private static final Instant NOW = Instant.parse("2036-03-01T12:00:00Z");
    private final RetentionPeriod tenYears = new RetentionPeriod(10);

    @Test
    void aCaseClosedTenYearsAgoIsDue() {
        assertThat(tenYears.due(CaseState.CLOSED, Instant.parse("2026-03-01T12:00:00Z"), false, NOW))
                .isTrue();
    }

    @Test
    void aCaseClosedADayLessThanTenYearsAgoIsNotDueYet() {
        assertThat(tenYears.due(CaseState.CLOSED, Instant.parse("2026-03-02T12:00:00Z"), false, NOW))
                .isFalse();
    }

    @Test
    void aLegalHoldKeepsADueCase() {
        assertThat(tenYears.due(CaseState.CLOSED, Instant.parse("2001-01-01T00:00:00Z"), true, NOW))
                .isFalse();
    }

    @Test
    void onlyAClosedCaseIsEverDue() {
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        assertThat(tenYears.due(CaseState.OPEN, longAgo, false, NOW)).isFalse();
        assertThat(tenYears.due(CaseState.CLOSURE_REQUESTED, longAgo, false, NOW))
                .isFalse();
        assertThat(tenYears.due(CaseState.ANONYMISED, longAgo, false, NOW)).isFalse();
        assertThat(tenYears.due(CaseState.CLOSED, null, false, NOW)).isFalse();
    }

    @Test
    void aPeriodIsOneToAHundredYears() {
        assertThat(RetentionPeriod.allowed(1)).isTrue();
        assertThat(RetentionPeriod.allowed(100)).isTrue();
        assertThat(RetentionPeriod.allowed(0)).isFalse();
        assertThat(RetentionPeriod.allowed(101)).isFalse();
        assertThat(RetentionPeriod.allowed(null)).isFalse();
        assertThatThrownBy(() -> new RetentionPeriod(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAuditLogNeverExpires() {
        assertThat(RetainedRecord.AUDIT.expires()).isFalse();
        assertThat(RetainedRecord.fromCode("closed_case")).contains(RetainedRecord.CLOSED_CASE);
        assertThat(RetainedRecord.fromCode("reports")).isEmpty();
    }
}
