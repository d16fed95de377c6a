package org.protego.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.shared.ConflictException;

/** The report aggregate alone decides how its status moves, and that a closed report stays closed. */
class ReportTest {

    static final Instant RECEIVED_AT = Instant.parse("2026-11-24T10:00:00Z");
    static final Instant LATER = RECEIVED_AT.plusSeconds(3600);

    static Report reportIn(ReportStatus status) {
        return new Report(UUID.randomUUID(), "PR-7K3M-9QXD", UUID.randomUUID(), status, RECEIVED_AT);
    }

    @Test
    void progressMovesTheReportAndNotesWhen() {
        Report report = reportIn(ReportStatus.RECEIVED);

        assertThat(report.progressTo(ReportStatus.IN_ASSESSMENT, LATER)).isTrue();

        assertThat(report.status()).isEqualTo(ReportStatus.IN_ASSESSMENT);
        assertThat(report.statusChangedAt()).isEqualTo(LATER);
    }

    @Test
    void progressToTheCurrentStatusChangesNothing() {
        Report report = reportIn(ReportStatus.ACTION_TAKEN);

        assertThat(report.progressTo(ReportStatus.ACTION_TAKEN, LATER)).isFalse();

        assertThat(report.statusChangedAt()).isEqualTo(RECEIVED_AT);
    }

    @Test
    void aReassessmentLeavingNothingIllegalMovesActionTakenBackToInAssessment() {
        Report report = reportIn(ReportStatus.ACTION_TAKEN);

        assertThat(report.progressTo(ReportStatus.IN_ASSESSMENT, LATER)).isTrue();

        assertThat(report.status()).isEqualTo(ReportStatus.IN_ASSESSMENT);
    }

    @Test
    void aClosedReportStaysClosedWhenItsItemsAreAssessedLater() {
        Report report = reportIn(ReportStatus.CLOSED);

        assertThat(report.progressTo(ReportStatus.ACTION_TAKEN, LATER)).isFalse();

        assertThat(report.status()).isEqualTo(ReportStatus.CLOSED);
        assertThat(report.statusChangedAt()).isEqualTo(RECEIVED_AT);
    }

    @Test
    void aReportNeverGoesBackToReceived() {
        Report report = reportIn(ReportStatus.IN_ASSESSMENT);

        assertThatThrownBy(() -> report.progressTo(ReportStatus.RECEIVED, LATER))
                .isInstanceOfSatisfying(ConflictException.class, refusal -> {
                    assertThat(refusal.error()).isEqualTo(ReportError.STATUS_CHANGE_NOT_ALLOWED);
                    assertThat(refusal.arguments()).containsExactly("PR-7K3M-9QXD", "in_assessment", "received");
                });
        assertThat(report.status()).isEqualTo(ReportStatus.IN_ASSESSMENT);
    }

    @Test
    void closingIsTheAnalystsDecisionNotProgress() {
        Report report = reportIn(ReportStatus.ACTION_TAKEN);

        assertThatThrownBy(() -> report.progressTo(ReportStatus.CLOSED, LATER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(report.status()).isEqualTo(ReportStatus.ACTION_TAKEN);
    }

    @Test
    void anAnalystClosesAReportInAnyOpenStatus() {
        for (ReportStatus open :
                new ReportStatus[] {ReportStatus.RECEIVED, ReportStatus.IN_ASSESSMENT, ReportStatus.ACTION_TAKEN}) {
            Report report = reportIn(open);

            report.close(LATER);

            assertThat(report.status()).as("closed from " + open).isEqualTo(ReportStatus.CLOSED);
            assertThat(report.statusChangedAt()).isEqualTo(LATER);
        }
    }

    @Test
    void closingTwiceIsRefusedNamingTheReport() {
        Report report = reportIn(ReportStatus.CLOSED);

        assertThatThrownBy(() -> report.close(LATER)).isInstanceOfSatisfying(ConflictException.class, refusal -> {
            assertThat(refusal.error()).isEqualTo(ReportError.REPORT_ALREADY_CLOSED);
            assertThat(refusal.arguments()).containsExactly("PR-7K3M-9QXD");
        });
        assertThat(report.statusChangedAt()).isEqualTo(RECEIVED_AT);
    }
}
