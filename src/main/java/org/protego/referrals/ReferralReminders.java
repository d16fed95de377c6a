package org.protego.referrals;

import java.time.Instant;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referrals' clock: a step past its deadline gets a reminder, shown to both sides and counted for the receiver;
 * one still late {@code escalate-after} later escalates to the sending organisation's supervisors.
 */
@Service
class ReferralReminders {

    static final String SYSTEM = "system";

    private final Referrals referrals;
    private final ReferralSettings settings;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;

    ReferralReminders(
            Referrals referrals, ReferralSettings settings, AuditTrail auditTrail, ApplicationEventPublisher events) {
        this.referrals = referrals;
        this.settings = settings;
        this.auditTrail = auditTrail;
        this.events = events;
    }

    /** Reminds and escalates every referral whose time has come by now; answers how many changed. */
    @Transactional
    int remindAndEscalate(Instant now) {
        int changed = 0;
        for (UUID id : referrals.overdueWithoutEscalation(now)) {
            Referral referral = referrals.lockedById(id).orElseThrow();
            var reminded = referral.remindedIfDue(now);
            if (reminded.isPresent()) {
                referral = referrals.update(reminded.get());
                record(referral, ReferralOverdue.REMINDER, "referral.reminded", now);
                changed++;
            }
            var escalated = referral.escalatedIfDue(now, settings);
            if (escalated.isPresent()) {
                referral = referrals.update(escalated.get());
                record(referral, ReferralOverdue.ESCALATION, "referral.escalated", now);
                changed++;
            }
        }
        return changed;
    }

    private void record(Referral referral, String level, String action, Instant now) {
        auditTrail.recordAs(
                SYSTEM,
                action,
                "referral",
                referral.id().toString(),
                "state=" + referral.state().code() + " dueAt=" + referral.due().dueAt());
        events.publishEvent(ReferralOverdue.of(referral, level, now));
    }
}
