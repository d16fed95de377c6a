package org.protego.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.referrals.ReferralFacts;
import org.protego.referrals.ReferralLookup;
import org.protego.shared.ConflictException;
import org.protego.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives feedback codes for referrals whose service the child received, to the child's case worker. */
@Service
public class FeedbackCodes {

    /** A child can say how a service was once it started. */
    static final Set<String> SERVED = Set.of("started", "completed");

    private final ReferralLookup referrals;
    private final Codes codes;
    private final AuditTrail auditTrail;
    private final FeedbackSettings settings;
    private final Clock clock;

    FeedbackCodes(
            ReferralLookup referrals, Codes codes, AuditTrail auditTrail, FeedbackSettings settings, Clock clock) {
        this.referrals = referrals;
        this.codes = codes;
        this.auditTrail = auditTrail;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A new code for the referral, replacing any code it had, for a case worker or supervisor who may see its case;
     * the code is returned once and only its hash is kept. A referral not yet started is refused with 409.
     */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public IssuedCode issue(UUID referralId) {
        ReferralFacts referral = referrals
                .onSendingSide(referralId)
                .orElseThrow(() -> new NotFoundException(FeedbackError.REFERRAL_NOT_FOUND, referralId));
        if (!SERVED.contains(referral.state())) {
            throw new ConflictException(FeedbackError.REFERRAL_NOT_SERVED, referral.state());
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.codeValidFor());
        String code = FeedbackCode.newCode();
        codes.replace(
                new Codes.LiveCode(
                        FeedbackCode.hashOf(code),
                        referral.id(),
                        referral.caseId(),
                        referral.serviceId(),
                        referral.toOrganisationId(),
                        referral.fromOrganisationId(),
                        expiresAt),
                now);
        auditTrail.record(
                "feedback.code-issued",
                "referral",
                referral.id().toString(),
                "case=" + referral.caseId() + " expiresAt=" + expiresAt);
        return new IssuedCode(code, expiresAt);
    }
}
