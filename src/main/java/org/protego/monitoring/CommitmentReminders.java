package org.protego.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import org.protego.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the owners of overdue commitments: a commitment found overdue is marked reminded, which counts it beside
 * Monitoring for monitors and for the owner organisation's supervisors, and is reminded again every
 * {@code protego.monitoring.remind-every} while it stays overdue. One that is no longer overdue stops being counted.
 */
@Component
class CommitmentReminders {

    static final String SYSTEM = "system";

    private final Commitments commitments;
    private final CommitmentStanding standing;
    private final AuditTrail auditTrail;
    private final MonitoringSettings settings;

    CommitmentReminders(
            Commitments commitments, CommitmentStanding standing, AuditTrail auditTrail, MonitoringSettings settings) {
        this.commitments = commitments;
        this.standing = standing;
        this.auditTrail = auditTrail;
        this.settings = settings;
    }

    /** Looks at every commitment as at {@code now}; returns how many were reminded. */
    @Transactional
    int remind(Instant now) {
        LocalDate today = YearlyReporting.today(now);
        int reminded = 0;
        for (Commitments.Stored commitment : commitments.all()) {
            CommitmentStanding.Standing at = standing.of(commitment, today);
            if (!at.overdue()) {
                if (commitment.remindedAt() != null) {
                    commitments.clearReminder(commitment.code());
                }
                continue;
            }
            boolean due = commitment.remindedAt() == null
                    || !commitment.remindedAt().plus(settings.remindEvery()).isAfter(now);
            if (due) {
                commitments.markReminded(commitment.code(), now);
                auditTrail.recordAs(
                        SYSTEM,
                        "commitment.reminded",
                        "commitment",
                        commitment.code(),
                        "deadline=" + at.deadline() + " owner="
                                + (commitment.ownerId() == null ? "" : commitment.ownerId()));
                reminded++;
            }
        }
        return reminded;
    }
}
