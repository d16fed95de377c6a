package org.protego.monitoring;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Where a commitment stands on a day: the deadline that applies and whether it is overdue. A dated commitment is overdue
 * once its deadline has passed while it is not met; the yearly report, while the report of the latest year already due
 * is not published.
 */
@Component
class CommitmentStanding {

    private final PublishedAnnualReports published;
    private final MonitoringSettings settings;

    CommitmentStanding(PublishedAnnualReports published, MonitoringSettings settings) {
        this.published = published;
        this.settings = settings;
    }

    record Standing(LocalDate deadline, boolean overdue) {}

    Standing of(Commitments.Stored commitment, LocalDate today) {
        if (commitment.yearly()) {
            YearlyReporting.State state = YearlyReporting.at(today, settings.annualReportDue(), published);
            return new Standing(state.deadline(), state.overdue());
        }
        return new Standing(
                commitment.deadline(), CommitmentStatus.overdue(commitment.deadline(), commitment.status(), today));
    }
}
