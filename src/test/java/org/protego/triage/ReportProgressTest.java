package org.protego.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protego.triage.AssessmentOutcome.CHILD_SEXUAL_ABUSE_MATERIAL_BASELINE;
import static org.protego.triage.AssessmentOutcome.NOT_ILLEGAL;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protego.reports.ReportStatus;

class ReportProgressTest {

    @Test
    void reportWithNothingAssessedIsReceived() {
        assertThat(ReportProgress.statusFollowingFrom(Arrays.asList(null, null)))
                .isEqualTo(ReportStatus.RECEIVED);
        assertThat(ReportProgress.statusFollowingFrom(List.of())).isEqualTo(ReportStatus.RECEIVED);
    }

    @Test
    void partlyAssessedReportIsInAssessment() {
        assertThat(ReportProgress.statusFollowingFrom(Arrays.asList(CHILD_SEXUAL_ABUSE_MATERIAL_BASELINE, null)))
                .isEqualTo(ReportStatus.IN_ASSESSMENT);
    }

    @Test
    void fullyAssessedReportWithAnIllegalItemHasActionTaken() {
        assertThat(ReportProgress.statusFollowingFrom(List.of(NOT_ILLEGAL, CHILD_SEXUAL_ABUSE_MATERIAL_BASELINE)))
                .isEqualTo(ReportStatus.ACTION_TAKEN);
    }

    @Test
    void fullyAssessedReportWithNothingIllegalWaitsForClosure() {
        assertThat(ReportProgress.statusFollowingFrom(List.of(NOT_ILLEGAL, NOT_ILLEGAL)))
                .isEqualTo(ReportStatus.IN_ASSESSMENT);
    }
}
