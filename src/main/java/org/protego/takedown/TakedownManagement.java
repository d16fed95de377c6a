package org.protego.takedown;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.IdentityManagement;
import org.protego.identity.StaffMember;
import org.protego.shared.ConflictException;
import org.protego.shared.CountryCode;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.protego.triage.TriageManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices, their clock and escalation, re-checks and confirmed removal, and the provider and partner directory. Every
 * directory entry belongs to the organisation that added it: only its analysts change it, every analyst reads it, and
 * an organisation's escalated notices go only to the partners it marked as recipients.
 */
@Service
public class TakedownManagement {

    static final int MAX_DIRECTORY_TEXT = 200;
    /** The error code of a partner notice with no recipient marked, which the notice page explains. */
    static final String RECIPIENT_NOT_MARKED = "recipient-not-marked";

    private final Takedowns takedowns;
    private final TriageManagement triage;
    private final IdentityManagement identity;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final TimingIndicators timingIndicators;
    private final EscalationLadder ladder;
    private final boolean lawEnforcementFirst;
    private final String nationalCountry;

    TakedownManagement(
            Takedowns takedowns,
            TimingIndicators timingIndicators,
            TriageManagement triage,
            IdentityManagement identity,
            AuditTrail auditTrail,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock,
            TakedownSettings settings,
            NationalSettings national) {
        this.takedowns = takedowns;
        this.timingIndicators = timingIndicators;
        this.triage = triage;
        this.identity = identity;
        this.auditTrail = auditTrail;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.ladder = settings.escalationLadder();
        this.lawEnforcementFirst = settings.lawEnforcementFirst();
        this.nationalCountry = national.country();
    }

    /** Illegal items awaiting or under takedown in the analyst's organisation, oldest assessment first. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<TakedownItem> openItems() {
        return takedowns.openItems(StaffMember.required().organisationId()).stream()
                .map(this::view)
                .toList();
    }

    /** The takedown of one URL item of the analyst's organisation, if it was assessed illegal. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional(readOnly = true)
    public Optional<TakedownItem> item(UUID urlItemId) {
        UUID organisationId = StaffMember.required().organisationId();
        return takedowns
                .item(urlItemId)
                .filter(row -> row.organisationId().equals(organisationId))
                .map(this::view);
    }

    /**
     * Sends a notice about an illegal item: to its hosting provider, the partner hotline of the hosting country, or
     * law enforcement. Where national rules put law enforcement first, other notices wait for that one.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Notice sendNotice(UUID urlItemId, SendNotice command) {
        Takedowns.ItemRow item = itemOfViewersOrganisation(urlItemId);
        if (item.state() == TakedownState.REMOVED) {
            throw new ConflictException("The content was already removed; no notice is needed.");
        }
        if (command == null || command.recipientKind() == null) {
            throw invalid("recipientKind", "recipient-kind-required", "Choose who the notice goes to.");
        }
        java.util.Set<RecipientKind> notifiedKinds = takedowns.notices(urlItemId).stream()
                .map(Notice::recipientKind)
                .collect(java.util.stream.Collectors.toSet());
        boolean lawEnforcementNotified = notifiedKinds.contains(RecipientKind.LAW_ENFORCEMENT);
        if (lawEnforcementFirst
                && !lawEnforcementNotified
                && command.recipientKind() != RecipientKind.LAW_ENFORCEMENT) {
            throw new ConflictException("National rules require the law enforcement focal point to be notified first.");
        }
        UUID providerId = command.providerId() != null ? command.providerId() : item.providerId();
        Recipient recipient = resolve(command.recipientKind(), item, providerId)
                .orElseThrow(() -> noRecipient(command.recipientKind(), item));
        // A recipient's first notice starts the ladder at its own rung; a repeated one stays where the ladder is.
        int step = notifiedKinds.contains(command.recipientKind())
                ? item.ladderStep()
                : ladder.firstRungFor(command.recipientKind());
        return send(
                item,
                step,
                recipient,
                command.recipientKind() == RecipientKind.PROVIDER ? providerId : null,
                StaffMember.required().username());
    }

    /** Records that the recipient acknowledged a notice. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void acknowledge(UUID noticeId) {
        Notice notice = takedowns.notice(noticeId).orElseThrow(() -> new NotFoundException("No notice " + noticeId));
        itemOfViewersOrganisation(notice.urlItemId());
        if (!takedowns.acknowledge(noticeId, clock.instant())) {
            throw new ConflictException("This notice was already acknowledged.");
        }
        auditTrail.record("notice.acknowledged", "url-item", notice.urlItemId().toString(), "notice=" + noticeId);
    }

    /**
     * Records an analyst's re-check of whether the content is still online; content found gone is a confirmed
     * removal. The platform never fetches the content itself.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void recordRecheck(UUID urlItemId, boolean stillAvailable) {
        Takedowns.ItemRow item = itemOfViewersOrganisation(urlItemId);
        if (item.state() == TakedownState.REMOVED) {
            throw new ConflictException("Removal was already confirmed.");
        }
        Instant now = clock.instant();
        String analyst = StaffMember.required().username();
        takedowns.recordRecheck(urlItemId, stillAvailable, analyst, now);
        auditTrail.record(
                "takedown.rechecked", "url-item", urlItemId.toString(), stillAvailable ? "still available" : "gone");
        if (!stillAvailable) {
            markRemoved(item, now);
        }
    }

    /** Confirms that the content was removed at its source: escalation stops and the item leaves the block list. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void confirmRemoval(UUID urlItemId) {
        Takedowns.ItemRow item = itemOfViewersOrganisation(urlItemId);
        if (item.state() == TakedownState.REMOVED) {
            throw new ConflictException("Removal was already confirmed.");
        }
        markRemoved(item, clock.instant());
    }

    /** Sends the next notice for every item whose wait on its rung is over; returns how many were sent. */
    @Transactional
    public int escalateDue(Instant now) {
        int sent = 0;
        for (UUID itemId : takedowns.dueForEscalation(now)) {
            Takedowns.ItemRow item = takedowns.itemForUpdate(itemId).orElseThrow();
            if (item.state() != TakedownState.NOTICE_SENT
                    || item.nextStepDueAt() == null
                    || item.nextStepDueAt().isAfter(now)) {
                continue;
            }
            boolean escalated = false;
            for (int step = item.ladderStep() + 1; step < ladder.size() && !escalated; step++) {
                RecipientKind kind = ladder.rung(step).orElseThrow().recipient();
                Optional<Recipient> recipient = resolve(kind, item, item.providerId());
                if (recipient.isPresent()) {
                    send(item, step, recipient.get(), null, "system");
                    escalated = true;
                    sent++;
                }
            }
            if (!escalated) {
                takedowns.stopEscalation(itemId);
                auditTrail.recordAs(
                        "system",
                        "takedown.ladder-exhausted",
                        "url-item",
                        itemId.toString(),
                        "step=" + item.ladderStep());
            }
        }
        return sent;
    }

    /** The whole directory's hosting providers, whichever organisation added them. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<Provider> providers() {
        return takedowns.providers();
    }

    /** The whole directory's partners, whichever organisation added them, with the recipients each one marked. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<Partner> partners() {
        return takedowns.partners();
    }

    /** The names of the organisations that added the directory's providers and partners, by id. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public Map<UUID, String> directoryOwners() {
        var owners = new java.util.HashMap<UUID, String>();
        takedowns.providers().forEach(p -> owners.computeIfAbsent(p.organisationId(), identity::organisationName));
        takedowns.partners().forEach(p -> owners.computeIfAbsent(p.organisationId(), identity::organisationName));
        return owners;
    }

    /** Adds a hosting provider to the directory, owned by the analyst's organisation. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Provider addProvider(String name, String abuseContact, String country, String language, UUID upstreamId) {
        var problems = new java.util.ArrayList<FieldProblem>();
        checkText("name", name, problems);
        checkText("abuseContact", abuseContact, problems);
        checkCountry(country, problems);
        checkLanguage(language, problems);
        if (upstreamId != null && takedowns.provider(upstreamId).isEmpty()) {
            problems.add(new FieldProblem("upstreamId", "provider-unknown", "No such provider."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        var provider = new Provider(
                UUID.randomUUID(),
                name.strip(),
                abuseContact.strip(),
                CountryCode.parse(country).value(),
                language.strip(),
                upstreamId,
                StaffMember.required().organisationId());
        takedowns.insertProvider(provider, clock.instant());
        auditTrail.record("provider.added", "provider", provider.id().toString(), "name=" + provider.name());
        return provider;
    }

    /**
     * Adds a partner hotline or law enforcement point to the directory, owned by the analyst's organisation; marked
     * as the recipient for its country, it replaces the partner the organisation marked before for that country and
     * kind.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Partner addPartner(
            RecipientKind kind,
            String name,
            String contact,
            String country,
            String language,
            boolean recipientForCountry) {
        var problems = new java.util.ArrayList<FieldProblem>();
        if (kind != RecipientKind.PARTNER_HOTLINE && kind != RecipientKind.LAW_ENFORCEMENT) {
            problems.add(new FieldProblem("kind", "partner-kind-invalid", "PARTNER_HOTLINE or LAW_ENFORCEMENT."));
        }
        checkText("name", name, problems);
        checkText("contact", contact, problems);
        checkCountry(country, problems);
        checkLanguage(language, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        var partner = new Partner(
                UUID.randomUUID(),
                kind,
                name.strip(),
                contact.strip(),
                CountryCode.parse(country).value(),
                language.strip(),
                StaffMember.required().organisationId(),
                false);
        takedowns.insertPartner(partner, clock.instant());
        auditTrail.record("partner.added", "partner", partner.id().toString(), "name=" + partner.name());
        if (recipientForCountry) {
            return markRecipient(partner);
        }
        return partner;
    }

    /**
     * Makes a partner of the analyst's organisation the recipient of that organisation's escalated notices of its kind
     * for its country; the partner marked before stops being it. Another organisation's partner answers 403.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Partner markRecipient(UUID partnerId) {
        return markRecipient(partnerToChange(partnerId));
    }

    /** Stops sending a partner of the analyst's organisation escalated notices; that rung is then skipped. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Partner unmarkRecipient(UUID partnerId) {
        Partner partner = partnerToChange(partnerId);
        takedowns.lockRecipientChoice(partner.organisationId(), partner.country(), partner.kind());
        takedowns.unmarkRecipient(partner.id());
        auditTrail.record(
                "partner.recipient-unmarked",
                "partner",
                partner.id().toString(),
                "country=" + partner.country() + " kind=" + partner.kind());
        return takedowns.partner(partner.id()).orElseThrow();
    }

    /** Timing indicators over items assessed or first noticed from one day to another, both included. */
    @PreAuthorize("hasAnyRole('MONITOR','SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public TakedownIndicators indicators(java.time.LocalDate from, java.time.LocalDate to) {
        if (from == null
                || to == null
                || to.isBefore(from)
                || from.plusYears(10).isBefore(to)) {
            throw invalid("to", "period-invalid", "Give a period of at most ten years, from before to.");
        }
        return timingIndicators.compute(from, to);
    }

    /** The ladder notices climb, for display. */
    public List<RecipientKind> ladder() {
        return ladder.recipients();
    }

    void open(org.protego.triage.UrlAssessed assessed) {
        if (assessed.outcome().isIllegal()) {
            takedowns.open(
                    assessed.urlItemId(),
                    assessed.organisationId(),
                    assessed.canonicalUrl(),
                    assessed.host(),
                    assessed.hostingCountry(),
                    assessed.firstReportedAt(),
                    assessed.assessedAt());
        } else {
            takedowns.dropIfNoNoticeSent(assessed.urlItemId());
        }
    }

    private record Recipient(RecipientKind kind, String name, String contact, String language) {}

    private Notice send(Takedowns.ItemRow item, int step, Recipient recipient, UUID providerId, String sender) {
        Instant now = clock.instant();
        Locale locale = Locale.forLanguageTag(recipient.language());
        String reference = triage.firstReportReferenceOf(item.urlItemId());
        Object[] arguments = {
            reference,
            item.canonicalUrl(),
            item.hostingCountry() == null ? "-" : item.hostingCountry(),
            identity.organisationName(item.organisationId()),
            step + 1
        };
        var notice = new Notice(
                UUID.randomUUID(),
                item.urlItemId(),
                step,
                recipient.kind(),
                recipient.name(),
                recipient.contact(),
                locale.getLanguage(),
                messages.getMessage("notice.subject", arguments, locale),
                messages.getMessage(step == 0 ? "notice.body" : "notice.reminder", arguments, locale),
                sender,
                now,
                null,
                "RECORDED",
                null);
        Instant nextDue =
                ladder.rung(step).map(rung -> now.plus(rung.waitBeforeNext())).orElse(null);
        takedowns.recordNotice(notice, providerId, step + 1 < ladder.size() ? nextDue : null);
        auditTrail.recordAs(
                sender,
                "notice.sent",
                "url-item",
                item.urlItemId().toString(),
                "step=" + step + " to=" + notice.recipientKind() + " " + recipient.name());
        events.publishEvent(new NoticeSent(notice.id(), item.urlItemId(), notice.recipientKind(), step, now));
        return notice;
    }

    private Optional<Recipient> resolve(RecipientKind kind, Takedowns.ItemRow item, UUID providerId) {
        return switch (kind) {
            case PROVIDER ->
                takedowns.provider(providerId).map(p -> new Recipient(kind, p.name(), p.abuseContact(), p.language()));
            case UPSTREAM ->
                takedowns
                        .provider(item.providerId())
                        .flatMap(p -> takedowns.provider(p.upstreamId()))
                        .map(p -> new Recipient(kind, p.name(), p.abuseContact(), p.language()));
            // Partners are chosen by the item's organisation, never by age: the one it marked for the country.
            case PARTNER_HOTLINE ->
                takedowns
                        .recipientFor(item.organisationId(), item.hostingCountry(), RecipientKind.PARTNER_HOTLINE)
                        .map(p -> new Recipient(kind, p.name(), p.contact(), p.language()));
            case LAW_ENFORCEMENT ->
                takedowns
                        .recipientFor(item.organisationId(), item.hostingCountry(), RecipientKind.LAW_ENFORCEMENT)
                        .or(() -> takedowns.recipientFor(
                                item.organisationId(), nationalCountry, RecipientKind.LAW_ENFORCEMENT))
                        .map(p -> new Recipient(kind, p.name(), p.contact(), p.language()));
        };
    }

    private static InvalidRequestException noRecipient(RecipientKind kind, Takedowns.ItemRow item) {
        if (kind == RecipientKind.PARTNER_HOTLINE || kind == RecipientKind.LAW_ENFORCEMENT) {
            return invalid(
                    "recipientKind",
                    RECIPIENT_NOT_MARKED,
                    "No " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + " partner is marked as your organisation's recipient for "
                            + (item.hostingCountry() == null ? "the hosting country" : item.hostingCountry())
                            + "; mark one in the directory.");
        }
        return invalid(
                kind == RecipientKind.PROVIDER ? "providerId" : "recipientKind",
                "recipient-unknown",
                "No " + kind.name().toLowerCase(Locale.ROOT)
                        + " is known for this item; add it to the directory first.");
    }

    private Partner markRecipient(Partner partner) {
        takedowns.lockRecipientChoice(partner.organisationId(), partner.country(), partner.kind());
        takedowns.markRecipient(partner);
        auditTrail.record(
                "partner.recipient-marked",
                "partner",
                partner.id().toString(),
                "country=" + partner.country() + " kind=" + partner.kind());
        return takedowns.partner(partner.id()).orElseThrow();
    }

    /** A partner the analyst's organisation added; one of another organisation answers 403, an unknown one 404. */
    private Partner partnerToChange(UUID partnerId) {
        Partner partner =
                takedowns.partner(partnerId).orElseThrow(() -> new NotFoundException("No partner " + partnerId));
        if (!partner.organisationId().equals(StaffMember.required().organisationId())) {
            throw new AccessDeniedException("The partner belongs to another organisation's directory.");
        }
        return partner;
    }

    private void markRemoved(Takedowns.ItemRow item, Instant at) {
        takedowns.markRemoved(item.urlItemId(), at);
        auditTrail.record(
                "takedown.removal-confirmed", "url-item", item.urlItemId().toString(), "");
        events.publishEvent(new RemovalConfirmed(item.urlItemId(), item.canonicalUrl(), at));
    }

    private Takedowns.ItemRow itemOfViewersOrganisation(UUID urlItemId) {
        UUID organisationId = StaffMember.required().organisationId();
        return takedowns
                .item(urlItemId)
                .filter(row -> row.organisationId().equals(organisationId))
                .orElseThrow(() -> new NotFoundException("No takedown for URL item " + urlItemId));
    }

    private TakedownItem view(Takedowns.ItemRow row) {
        return new TakedownItem(
                row.urlItemId(),
                row.canonicalUrl(),
                row.host(),
                row.hostingCountry(),
                row.providerId(),
                row.state(),
                row.ladderStep(),
                row.nextStepDueAt(),
                row.firstReportedAt(),
                row.assessedAt(),
                row.firstNoticeAt(),
                row.removedAt(),
                takedowns.notices(row.urlItemId()),
                takedowns.rechecks(row.urlItemId()));
    }

    private static InvalidRequestException invalid(String field, String code, String detail) {
        return new InvalidRequestException(List.of(new FieldProblem(field, code, detail)));
    }

    private static void checkText(String field, String value, List<FieldProblem> problems) {
        if (value == null
                || value.isBlank()
                || value.length() > MAX_DIRECTORY_TEXT
                || value.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem(
                    field, "text-invalid", "1 to " + MAX_DIRECTORY_TEXT + " characters, no control characters."));
        }
    }

    private static void checkCountry(String country, List<FieldProblem> problems) {
        if (!CountryCode.isValid(country)) {
            problems.add(new FieldProblem("country", "country-unknown", "An ISO 3166 two-letter code."));
        }
    }

    private static void checkLanguage(String language, List<FieldProblem> problems) {
        if (language == null || !language.strip().matches("[a-z]{2}")) {
            problems.add(new FieldProblem("language", "language-invalid", "A two-letter language code such as en."));
        }
    }
}
