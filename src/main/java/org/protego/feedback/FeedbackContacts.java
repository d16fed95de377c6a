package org.protego.feedback;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.protego.audit.AuditTrail;
import org.protego.cases.CaseSharing;
import org.protego.identity.StaffMember;
import org.protego.referrals.ReferralFacts;
import org.protego.referrals.ReferralLookup;
import org.protego.shared.ConflictException;
import org.protego.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Children's requests to be contacted, for those who may see the case, and the case's referrals a code can be given for. */
@Service
public class FeedbackContacts {

    private final CaseSharing cases;
    private final ReferralLookup referrals;
    private final ContactRequests contactRequests;
    private final AuditTrail auditTrail;
    private final Clock clock;

    FeedbackContacts(
            CaseSharing cases,
            ReferralLookup referrals,
            ContactRequests contactRequests,
            AuditTrail auditTrail,
            Clock clock) {
        this.cases = cases;
        this.referrals = referrals;
        this.contactRequests = contactRequests;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** The contact requests of a case the caller may see (404 otherwise); reading them is audited. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public List<ContactRequestView> ofCase(UUID caseId) {
        requireVisible(caseId);
        List<ContactRequests.Stored> stored = contactRequests.ofCase(caseId);
        if (stored.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> serviceNames = referrals.ofCase(caseId).stream()
                .collect(Collectors.toMap(ReferralFacts::id, ReferralFacts::serviceName));
        auditTrail.record(
                "feedback.contact-requests-viewed",
                "case",
                caseId.toString(),
                "requests=" + stored.stream().map(ContactRequests.Stored::id).toList());
        return stored.stream()
                .map(request -> new ContactRequestView(
                        request.id(),
                        request.referralId(),
                        serviceNames.get(request.referralId()),
                        request.language(),
                        request.treated(),
                        request.safe(),
                        request.helped(),
                        request.recommend(),
                        request.comment(),
                        request.requestedAt(),
                        request.handledAt(),
                        request.handledBy()))
                .toList();
    }

    /** The case's referrals whose service has started or been completed, so that the child can be given a code. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<ReferralFacts> referralsForCodes(UUID caseId) {
        return referrals.ofCase(caseId).stream()
                .filter(referral -> FeedbackCodes.SERVED.contains(referral.state()))
                .toList();
    }

    /** Marks a contact request of the case handled by the caller: someone has contacted the child. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public void markHandled(UUID caseId, UUID requestId) {
        requireVisible(caseId);
        if (!contactRequests.exists(caseId, requestId)) {
            throw new NotFoundException(FeedbackError.CONTACT_REQUEST_NOT_FOUND);
        }
        String me = StaffMember.required().username();
        if (!contactRequests.markHandled(caseId, requestId, clock.instant(), me)) {
            throw new ConflictException(FeedbackError.CONTACT_REQUEST_HANDLED);
        }
        auditTrail.record("feedback.contact-request-handled", "case", caseId.toString(), "request=" + requestId);
    }

    private void requireVisible(UUID caseId) {
        if (cases.visibleAmong(List.of(caseId)).isEmpty()) {
            throw new NotFoundException(FeedbackError.CONTACT_REQUEST_NOT_FOUND);
        }
    }
}
