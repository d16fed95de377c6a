package org.protego.triage;

import java.util.List;
import java.util.Objects;
import org.protego.reports.ReportStatus;

/** The rule by which a report's status follows from the assessments of its URL items. */
final class ReportProgress {

    private ReportProgress() {}

    /**
     * Nothing assessed yet: received. Some items assessed: in assessment. All assessed and one illegal: action taken.
     * All assessed and none illegal: still in assessment, until an analyst closes the report.
     *
     * @param currentOutcomes one entry per item of the report, null where the item is not yet assessed
     */
    static ReportStatus statusFollowingFrom(List<AssessmentOutcome> currentOutcomes) {
        long assessed = currentOutcomes.stream().filter(Objects::nonNull).count();
        if (assessed == 0) {
            return ReportStatus.RECEIVED;
        }
        boolean allAssessed = assessed == currentOutcomes.size();
        boolean anyIllegal = currentOutcomes.stream().filter(Objects::nonNull).anyMatch(AssessmentOutcome::isIllegal);
        return allAssessed && anyIllegal ? ReportStatus.ACTION_TAKEN : ReportStatus.IN_ASSESSMENT;
    }
}
