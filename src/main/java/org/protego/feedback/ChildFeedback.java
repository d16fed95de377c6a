package org.protego.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.protego.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side: a child with a code answers once. The code is deleted as the answer is stored, and the answer keeps
 * only the service, the two organisations, the month and the language; the referral and case are written only into a
 * contact request, and only when the child asked to be contacted.
 */
@Service
class ChildFeedback {

    /** Who the audit log names for what a child sends: nobody signs in. */
    static final String ANONYMOUS = "anonymous";

    private final Codes codes;
    private final Answers answers;
    private final ContactRequests contactRequests;
    private final AuditTrail auditTrail;
    private final Clock clock;

    ChildFeedback(Codes codes, Answers answers, ContactRequests contactRequests, AuditTrail auditTrail, Clock clock) {
        this.codes = codes;
        this.answers = answers;
        this.contactRequests = contactRequests;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Whether the typed code is live; a wrong, expired and used code are all simply not live. */
    @Transactional(readOnly = true)
    public boolean codeWorks(String typed) {
        return FeedbackCode.wellFormed(typed) && codes.isLive(FeedbackCode.hashOf(typed), clock.instant());
    }

    /** Stores the answers and uses the code up; false, with nothing stored, when the code is not live. */
    @Transactional
    public boolean submit(String typed, ChildAnswers childAnswers, String language) {
        if (!FeedbackCode.wellFormed(typed)) {
            return false;
        }
        Instant now = clock.instant();
        Optional<Codes.LiveCode> taken = codes.take(FeedbackCode.hashOf(typed), now);
        codes.deleteExpired(now);
        if (taken.isEmpty()) {
            return false;
        }
        Codes.LiveCode code = taken.get();
        answers.insert(
                code.serviceId(),
                code.providerOrganisationId(),
                code.senderOrganisationId(),
                now.atZone(ZoneOffset.UTC).toLocalDate(),
                language,
                childAnswers);
        // Neither the referral nor the answer is named: the entry must not link the two.
        auditTrail.recordAs(
                ANONYMOUS,
                "feedback.answer-received",
                "service",
                code.serviceId().toString(),
                "language=" + language);
        if (childAnswers.wantsContact()) {
            var request = contactRequests.insert(
                    code.referralId(), code.caseId(), code.serviceId(), language, childAnswers, now);
            auditTrail.recordAs(
                    ANONYMOUS,
                    "feedback.contact-requested",
                    "case",
                    code.caseId().toString(),
                    "referral=" + code.referralId() + " request=" + request);
        }
        return true;
    }
}
