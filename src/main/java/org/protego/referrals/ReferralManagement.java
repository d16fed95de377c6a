package org.protego.referrals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.protego.audit.AuditTrail;
import org.protego.cases.CaseConsents;
import org.protego.cases.CaseSharing;
import org.protego.cases.ChildEligibility;
import org.protego.cases.SharedCase;
import org.protego.directory.ServiceDirectory;
import org.protego.directory.ServiceSummary;
import org.protego.identity.IdentityManagement;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.shared.ConflictException;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.protego.shared.TypedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refers children to services and follows each referral until the loop closes. The sending side (case workers and
 * supervisors who may see the case) refers and may cancel; the receiving organisation's service-provider staff accept
 * or decline, start and complete. Anyone else is told the referral does not exist.
 */
@Service
public class ReferralManagement {

    /** The consent purpose a referral needs, naming the service's organisation. */
    static final String PURPOSE = "information_sharing";

    static final int MAX_TEXT = 2000;
    static final String CASE_CLOSED = "case_closed";

    private enum Side {
        SENDING,
        RECEIVING
    }

    private final Referrals referrals;
    private final CaseSharing cases;
    private final CaseConsents consents;
    private final ServiceDirectory directory;
    private final IdentityManagement identity;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final ReferralSettings settings;
    private final Clock clock;

    ReferralManagement(
            Referrals referrals,
            CaseSharing cases,
            CaseConsents consents,
            ServiceDirectory directory,
            IdentityManagement identity,
            AuditTrail auditTrail,
            ApplicationEventPublisher events,
            ReferralSettings settings,
            Clock clock) {
        this.referrals = referrals;
        this.cases = cases;
        this.consents = consents;
        this.directory = directory;
        this.identity = identity;
        this.auditTrail = auditTrail;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Refers the child of an open case the caller may see to an active service whose eligibility fits the child's age
     * and sex, sharing the fields named. Needs an {@code information_sharing} consent (or a supervisor's override)
     * naming the service's organisation, and is otherwise refused with {@code consent-required}.
     */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public ReferralStatus refer(UUID caseId, RequestReferral request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.serviceId() == null) {
            problems.add(new FieldProblem("serviceId", ReferralError.SERVICE_NOT_FOUND));
        }
        String reason = text("reason", request.reason(), true, problems);
        Urgency urgency = Urgency.fromCode(request.urgency()).orElse(null);
        if (urgency == null) {
            problems.add(new FieldProblem("urgency", ReferralError.URGENCY_INVALID, "immediate, high, normal"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        List<String> fields =
                request.sharedFields() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.sharedFields()));
        ChildEligibility child = cases.eligibilityOf(caseId);
        ServiceSummary service = directory
                .service(request.serviceId())
                .filter(ServiceSummary::active)
                .orElseThrow(() -> new NotFoundException(ReferralError.SERVICE_NOT_FOUND));
        String need = needOf(service, request.need());
        if (!service.fitsAge(child.age()) || !service.fitsSex(child.sex())) {
            throw new ConflictException(ReferralError.NOT_ELIGIBLE, service.name());
        }
        if (!consents.hasConsent(caseId, PURPOSE, service.organisationName())) {
            throw new ConflictException(ReferralError.CONSENT_REQUIRED, PURPOSE, service.organisationName())
                    .with("purpose", PURPOSE)
                    .with("recipientOrganisation", service.organisationName());
        }
        SharedCase shared = cases.shareForReferral(caseId, fields);
        StaffMember me = StaffMember.required();
        Instant now = clock.instant();
        Referral referral = Referral.send(
                new Referral.Facts(
                        UUID.randomUUID(),
                        caseId,
                        shared.caseNumber(),
                        shared.organisationId(),
                        me.userId(),
                        service.organisationId(),
                        service.id(),
                        service.name(),
                        need,
                        service.sector(),
                        urgency,
                        fields,
                        shared.sex(),
                        shared.ageBand()),
                reason,
                shared.values(),
                now,
                settings);
        referrals.insert(referral);
        referrals.recordTransition(referral.id(), null, ReferralState.SENT, now, me.userId(), null);
        auditTrail.record(
                "referral.sent",
                "referral",
                referral.id().toString(),
                "case=" + caseId + " service=" + service.id() + " to=" + service.organisationId() + " urgency="
                        + urgency.code() + " fields=" + fields);
        events.publishEvent(ReferralStateChanged.of(null, referral, now));
        return new ReferralStatus(referral.id(), referral.state().code());
    }

    /** The receiving organisation will provide the service. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ReferralStatus accept(UUID referralId) {
        Instant now = clock.instant();
        return move(referralId, Side.RECEIVING, "referral.accepted", null, "", r -> r.accept(now, settings), now);
    }

    /** The receiving organisation will not provide the service, for a reason code and maybe a note. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ReferralStatus decline(UUID referralId, String reasonCode, String note) {
        List<FieldProblem> problems = new ArrayList<>();
        DeclineReason reason = DeclineReason.fromCode(reasonCode).orElse(null);
        if (reason == null) {
            problems.add(new FieldProblem("reason", ReferralError.DECLINE_REASON_INVALID, declineReasonCodes()));
        }
        String kept = text("note", note, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Instant now = clock.instant();
        return move(
                referralId,
                Side.RECEIVING,
                "referral.declined",
                reason.code(),
                "reason=" + reason.code(),
                r -> r.decline(reason, kept, now),
                now);
    }

    /** The service started for the child. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ReferralStatus start(UUID referralId) {
        Instant now = clock.instant();
        return move(referralId, Side.RECEIVING, "referral.started", null, "", r -> r.start(now, settings), now);
    }

    /** The service ended: the provider says how it went, and the referral closes. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ReferralStatus complete(UUID referralId, String feedback) {
        String kept = requiredText("feedback", feedback);
        Instant now = clock.instant();
        return move(referralId, Side.RECEIVING, "referral.completed", null, "", r -> r.complete(kept, now), now);
    }

    /** The sending side withdraws an open referral, saying why; the receiver's access ends. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ReferralStatus cancel(UUID referralId, String reason) {
        String kept = requiredText("reason", reason);
        Instant now = clock.instant();
        return move(referralId, Side.SENDING, "referral.cancelled", "sender", "", r -> r.cancel(kept, now), now);
    }

    /**
     * The referral for either side: state, clock and every step's time; the reason and the shared values only while it
     * is open, and then their read is audited. Anyone else is told it does not exist.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ReferralView view(UUID referralId) {
        Referral referral = referrals.byId(referralId).orElseThrow(() -> notFound(referralId));
        Side side = sideOf(referral).orElseThrow(() -> notFound(referralId));
        boolean confidentialShown = referral.state().open();
        if (confidentialShown) {
            auditTrail.record(
                    "referral.shared-viewed",
                    "referral",
                    referralId.toString(),
                    "side=" + side.name().toLowerCase(java.util.Locale.ROOT) + " fields="
                            + referral.facts().sharedFields());
        }
        Referral.Facts facts = referral.facts();
        Referral.Steps steps = referral.steps();
        Map<UUID, String> names = new HashMap<>();
        return new ReferralView(
                referralId,
                side == Side.SENDING ? ReferralView.SENDING : ReferralView.RECEIVING,
                side == Side.SENDING ? facts.caseId() : null,
                side == Side.SENDING ? facts.caseNumber() : null,
                nameOf(facts.fromOrganisationId(), names),
                nameOf(facts.toOrganisationId(), names),
                facts.serviceId(),
                facts.serviceName(),
                facts.need(),
                facts.urgency().code(),
                referral.state().code(),
                referral.state().open(),
                referral.due().dueAt(),
                referral.overdue(clock.instant()),
                referral.due().remindedAt(),
                referral.due().escalatedAt(),
                steps.sentAt(),
                steps.acceptedAt(),
                steps.declinedAt(),
                steps.declineReason() == null ? null : steps.declineReason().code(),
                steps.declineNote(),
                steps.startedAt(),
                steps.completedAt(),
                steps.providerFeedback(),
                steps.cancelledAt(),
                steps.cancelReason(),
                facts.sharedFields(),
                confidentialShown ? referral.confidential().reason() : null,
                confidentialShown ? referral.confidential().shared() : null,
                referrals.timelineOf(referralId).stream()
                        .map(step ->
                                new ReferralView.Step(step.fromState(), step.toState(), step.at(), step.reasonCode()))
                        .toList());
    }

    /** The referrals sent to the caller's organisation, newest first, in one state if it is given. */
    @PreAuthorize("hasRole('SERVICE_PROVIDER')")
    @Transactional(readOnly = true)
    public List<ReferralLine> incoming(String state) {
        ReferralState only = stateNamed(state);
        Map<UUID, String> names = new HashMap<>();
        return referrals.incoming(StaffMember.required().organisationId(), only).stream()
                .map(referral -> lineOf(referral, false, names))
                .toList();
    }

    /** The referrals of the cases the caller may see, newest first, in one state if it is given. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<ReferralLine> outgoing(String state) {
        ReferralState only = stateNamed(state);
        List<Referral> sent = referrals.outgoing(StaffMember.required().organisationId(), only);
        Set<UUID> visible = cases.visibleAmong(
                sent.stream().map(referral -> referral.facts().caseId()).toList());
        Map<UUID, String> names = new HashMap<>();
        return sent.stream()
                .filter(referral -> visible.contains(referral.facts().caseId()))
                .map(referral -> lineOf(referral, true, names))
                .toList();
    }

    /** The referrals of a case the caller may see, newest first. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<ReferralLine> ofCase(UUID caseId) {
        if (cases.visibleAmong(List.of(caseId)).isEmpty()) {
            throw new NotFoundException(ReferralError.CASE_NOT_FOUND, caseId);
        }
        Map<UUID, String> names = new HashMap<>();
        return referrals.ofCase(caseId).stream()
                .map(referral -> lineOf(referral, true, names))
                .toList();
    }

    /** For the case page, which shows only cases the caller may see: the case's referrals, or none. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional(readOnly = true)
    List<ReferralLine> ofCaseOnItsPage(UUID caseId) {
        if (cases.visibleAmong(List.of(caseId)).isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = new HashMap<>();
        return referrals.ofCase(caseId).stream()
                .map(referral -> lineOf(referral, true, names))
                .toList();
    }

    /** Cancels the open referrals of a case that closed, as the system; their receivers' access ends. */
    @Transactional
    void cancelBecauseCaseClosed(UUID caseId) {
        Instant now = clock.instant();
        for (UUID id : referrals.openOfCase(caseId)) {
            Referral current = referrals.lockedById(id).orElseThrow();
            if (!current.state().open()) {
                continue;
            }
            Referral moved = referrals.update(current.cancelBecauseCaseClosed(now));
            referrals.recordTransition(id, current.state(), moved.state(), now, null, CASE_CLOSED);
            auditTrail.recordAs("system", "referral.cancelled", "referral", id.toString(), "reason=" + CASE_CLOSED);
            events.publishEvent(ReferralStateChanged.of(current, moved, now));
        }
    }

    private ReferralStatus move(
            UUID referralId,
            Side required,
            String action,
            String reasonCode,
            String detail,
            UnaryOperator<Referral> change,
            Instant now) {
        Referral current = referrals
                .lockedById(referralId)
                .filter(referral -> sideOf(referral).filter(required::equals).isPresent())
                .orElseThrow(() -> notFound(referralId));
        Referral moved = referrals.update(change.apply(current));
        referrals.recordTransition(
                referralId,
                current.state(),
                moved.state(),
                now,
                StaffMember.required().userId(),
                reasonCode);
        auditTrail.record(
                action,
                "referral",
                referralId.toString(),
                ("from=" + current.state().code() + " to=" + moved.state().code() + " " + detail).strip());
        events.publishEvent(ReferralStateChanged.of(current, moved, now));
        return new ReferralStatus(referralId, moved.state().code());
    }

    /**
     * Which side the caller is on: the receiving organisation's service-provider staff, or a case worker or
     * supervisor who may see the case; nobody else has a side.
     */
    private Optional<Side> sideOf(Referral referral) {
        StaffMember me = StaffMember.required();
        if (me.has(Role.SERVICE_PROVIDER) && referral.facts().toOrganisationId().equals(me.organisationId())) {
            return Optional.of(Side.RECEIVING);
        }
        if ((me.has(Role.CASE_WORKER) || me.has(Role.SUPERVISOR))
                && !cases.visibleAmong(List.of(referral.facts().caseId())).isEmpty()) {
            return Optional.of(Side.SENDING);
        }
        return Optional.empty();
    }

    private ReferralLine lineOf(Referral referral, boolean sending, Map<UUID, String> names) {
        Referral.Facts facts = referral.facts();
        return new ReferralLine(
                facts.id(),
                sending ? facts.caseId() : null,
                sending ? facts.caseNumber() : null,
                nameOf(facts.fromOrganisationId(), names),
                nameOf(facts.toOrganisationId(), names),
                facts.serviceId(),
                facts.serviceName(),
                facts.need(),
                facts.urgency().code(),
                referral.state().code(),
                referral.steps().sentAt(),
                referral.due().dueAt(),
                referral.overdue(clock.instant()),
                referral.due().remindedAt(),
                referral.due().escalatedAt());
    }

    private String nameOf(UUID organisationId, Map<UUID, String> names) {
        return names.computeIfAbsent(organisationId, identity::organisationName);
    }

    private static String needOf(ServiceSummary service, String asked) {
        String need = TypedText.orNullIfBlank(asked) == null ? null : asked.strip();
        if (need == null) {
            return service.needs().isEmpty() ? "other" : service.needs().get(0);
        }
        if (!service.needs().contains(need)) {
            throw new InvalidRequestException(
                    List.of(new FieldProblem("need", ReferralError.NEED_INVALID, String.join(", ", service.needs()))));
        }
        return need;
    }

    private static ReferralState stateNamed(String state) {
        if (TypedText.orNullIfBlank(state) == null) {
            return null;
        }
        return ReferralState.fromCode(state.strip())
                .orElseThrow(() -> new InvalidRequestException(List.of(new FieldProblem(
                        "state",
                        ReferralError.STATE_INVALID,
                        "sent, accepted, declined, started, completed, cancelled"))));
    }

    static String declineReasonCodes() {
        return String.join(
                ", ",
                java.util.Arrays.stream(DeclineReason.values())
                        .map(DeclineReason::code)
                        .toList());
    }

    /** A free text as kept: stripped, bounded, without control characters; null when blank and not required. */
    /** A required text, trimmed, or a refusal naming the field. */
    private static String requiredText(String field, String given) {
        List<FieldProblem> problems = new ArrayList<>();
        String kept = text(field, given, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return kept;
    }

    private static String text(String field, String given, boolean required, List<FieldProblem> problems) {
        String text = TypedText.orNullIfBlank(given) == null ? null : given.strip();
        if ((text == null && required)
                || (text != null && (text.length() > MAX_TEXT || TypedText.hasForbiddenControlCharacters(text)))) {
            problems.add(new FieldProblem(field, ReferralError.TEXT_INVALID, String.valueOf(MAX_TEXT)));
        }
        return text;
    }

    private static NotFoundException notFound(UUID referralId) {
        return new NotFoundException(ReferralError.REFERRAL_NOT_FOUND, referralId);
    }
}
