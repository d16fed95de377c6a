package org.protego.takedown;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.StaffMember;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.protego.triage.UrlAssessed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices, their clock and escalation, re-checks and confirmed removal of the illegal items of the analyst's
 * organisation. Each action loads the item, lets it decide, saves it, audits and tells the other modules.
 */
@Service
public class TakedownManagement {

    private static final String SYSTEM = "system";

    private final Takedowns takedowns;
    private final ProviderDirectory directory;
    private final NoticeComposer composer;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EscalationLadder ladder;
    private final boolean lawEnforcementFirst;

    TakedownManagement(
            Takedowns takedowns,
            ProviderDirectory directory,
            NoticeComposer composer,
            AuditTrail auditTrail,
            ApplicationEventPublisher events,
            Clock clock,
            TakedownSettings settings) {
        this.takedowns = takedowns;
        this.directory = directory;
        this.composer = composer;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
        this.ladder = settings.escalationLadder();
        this.lawEnforcementFirst = settings.lawEnforcementFirst();
    }

    /** Illegal items awaiting or under takedown in the analyst's organisation, oldest assessment first. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<TakedownItem> openItems() {
        return takedowns.openItems(StaffMember.required().organisationId());
    }

    /** The takedown of one URL item of the analyst's organisation, if it was assessed illegal. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional(readOnly = true)
    public Optional<TakedownItem> item(UUID urlItemId) {
        UUID organisationId = StaffMember.required().organisationId();
        return takedowns.item(urlItemId).filter(item -> item.belongsTo(organisationId));
    }

    /**
     * Sends a notice about an illegal item: to its hosting provider, the partner hotline of the hosting country, or
     * law enforcement. Where national rules put law enforcement first, other notices wait for that one.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Notice sendNotice(UUID urlItemId, SendNotice command) {
        TakedownItem item = lockedItemOfViewersOrganisation(urlItemId);
        if (command == null || command.recipientKind() == null) {
            throw new InvalidRequestException(
                    List.of(new FieldProblem("recipientKind", TakedownError.RECIPIENT_KIND_REQUIRED)));
        }
        RecipientKind kind = command.recipientKind();
        int step = item.stepOfNoticeTo(kind, ladder, lawEnforcementFirst);
        UUID providerId = command.providerId() != null ? command.providerId() : item.providerId();
        Recipient recipient = directory.requiredRecipientFor(kind, item, providerId);
        return send(
                item,
                step,
                recipient,
                kind == RecipientKind.PROVIDER ? providerId : null,
                StaffMember.required().username());
    }

    /** Records that the recipient acknowledged a notice. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void acknowledge(UUID noticeId) {
        UUID urlItemId = takedowns
                .itemOfNotice(noticeId)
                .orElseThrow(() -> new NotFoundException(TakedownError.NOTICE_UNKNOWN, noticeId));
        TakedownItem item = lockedItemOfViewersOrganisation(urlItemId);
        takedowns.save(item.acknowledge(noticeId, clock.instant()));
        auditTrail.record("notice.acknowledged", "url-item", urlItemId.toString(), "notice=" + noticeId);
    }

    /**
     * Records an analyst's re-check of whether the content is still online; content found gone is a confirmed
     * removal. The platform never fetches the content itself.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void recordRecheck(UUID urlItemId, boolean stillAvailable) {
        TakedownItem item = lockedItemOfViewersOrganisation(urlItemId);
        TakedownItem rechecked =
                item.recordRecheck(stillAvailable, StaffMember.required().username(), clock.instant());
        takedowns.save(rechecked);
        auditTrail.record(
                "takedown.rechecked", "url-item", urlItemId.toString(), stillAvailable ? "still available" : "gone");
        if (!stillAvailable) {
            removalConfirmed(rechecked);
        }
    }

    /** Confirms that the content was removed at its source: escalation stops and the item leaves the block list. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void confirmRemoval(UUID urlItemId) {
        TakedownItem removed = lockedItemOfViewersOrganisation(urlItemId).confirmRemoval(clock.instant());
        takedowns.save(removed);
        removalConfirmed(removed);
    }

    /**
     * Sends the next notice for every item whose wait on its rung is over, to the first rung above that has a
     * recipient; an item with none left stops escalating. Returns how many notices were sent.
     */
    @Transactional
    public int escalateDue(Instant now) {
        int sent = 0;
        for (UUID itemId : takedowns.dueForEscalation(now)) {
            Optional<TakedownItem> due = takedowns.itemForUpdate(itemId).filter(item -> item.isDueForEscalation(now));
            if (due.isEmpty()) {
                continue;
            }
            TakedownItem item = due.get();
            boolean escalated = false;
            for (int step : ladder.stepsAbove(item.ladderStep()).toArray()) {
                RecipientKind kind = ladder.rung(step).orElseThrow().recipient();
                Optional<Recipient> recipient = directory.recipientFor(kind, item, item.providerId());
                if (recipient.isPresent()) {
                    send(item, step, recipient.get(), null, SYSTEM);
                    escalated = true;
                    sent++;
                    break;
                }
            }
            if (!escalated) {
                takedowns.save(item.stopEscalation());
                auditTrail.recordAs(
                        SYSTEM,
                        "takedown.ladder-exhausted",
                        "url-item",
                        itemId.toString(),
                        "step=" + item.ladderStep());
            }
        }
        return sent;
    }

    /** The ladder notices climb, for display. */
    public List<RecipientKind> ladder() {
        return ladder.recipients();
    }

    /**
     * Opens the takedown of an item assessed as illegal; an item re-assessed as not illegal loses its takedown unless
     * a notice already went out.
     */
    void open(UrlAssessed assessed) {
        if (assessed.outcome().isIllegal()) {
            takedowns.open(TakedownItem.open(
                    assessed.urlItemId(),
                    assessed.organisationId(),
                    assessed.canonicalUrl(),
                    assessed.host(),
                    assessed.hostingCountry(),
                    assessed.firstReportedAt(),
                    assessed.assessedAt()));
        } else {
            takedowns
                    .itemForUpdate(assessed.urlItemId())
                    .filter(TakedownItem::isDroppedWhenReassessedLegal)
                    .ifPresent(takedowns::drop);
        }
    }

    private Notice send(TakedownItem item, int step, Recipient recipient, UUID providerId, String sender) {
        Notice notice = composer.compose(item, step, recipient, sender, clock.instant());
        takedowns.save(item.sendNotice(notice, providerId, ladder));
        auditTrail.recordAs(
                sender,
                "notice.sent",
                "url-item",
                item.urlItemId().toString(),
                "step=" + step + " to=" + notice.recipientKind() + " " + recipient.name());
        events.publishEvent(
                new NoticeSent(notice.id(), item.urlItemId(), notice.recipientKind(), step, notice.sentAt()));
        return notice;
    }

    private void removalConfirmed(TakedownItem removed) {
        auditTrail.record(
                "takedown.removal-confirmed", "url-item", removed.urlItemId().toString(), "");
        events.publishEvent(new RemovalConfirmed(
                removed.urlItemId(),
                removed.canonicalUrl(),
                removed.removedAt(),
                removed.hostingCountry(),
                removed.firstNoticeAt()));
    }

    private TakedownItem lockedItemOfViewersOrganisation(UUID urlItemId) {
        UUID organisationId = StaffMember.required().organisationId();
        return takedowns
                .itemForUpdate(urlItemId)
                .filter(item -> item.belongsTo(organisationId))
                .orElseThrow(() -> new NotFoundException(TakedownError.ITEM_UNKNOWN, urlItemId));
    }
}
