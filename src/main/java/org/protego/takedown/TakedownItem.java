package org.protego.takedown;

import static org.protego.takedown.TakedownState.NOTICE_SENT;
import static org.protego.takedown.TakedownState.REMOVED;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.ConflictException;
import org.protego.shared.NotFoundException;

/**
 * The takedown of one illegal URL item: its clock, its notices and the analyst's re-checks. It decides every move of
 * its {@link TakedownState} and refuses one its state does not allow; each move returns the item as it is after it,
 * for the repository to save.
 */
public record TakedownItem(
        UUID urlItemId,
        @JsonIgnore UUID organisationId,
        String canonicalUrl,
        String host,
        String hostingCountry,
        UUID providerId,
        TakedownState state,
        int ladderStep,
        Instant nextStepDueAt,
        Instant firstReportedAt,
        Instant assessedAt,
        Instant firstNoticeAt,
        Instant removedAt,
        List<Notice> notices,
        List<Recheck> rechecks) {

    /** An analyst's look at whether the content is still online. */
    public record Recheck(@JsonIgnore UUID id, boolean stillAvailable, String checkedBy, Instant checkedAt) {}

    public TakedownItem {
        Objects.requireNonNull(urlItemId, "urlItemId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(state, "state");
        notices = List.copyOf(notices);
        rechecks = List.copyOf(rechecks);
    }

    /** The takedown of a URL item its organisation has just assessed as illegal: nobody has been told yet. */
    static TakedownItem open(
            UUID urlItemId,
            UUID organisationId,
            String canonicalUrl,
            String host,
            String hostingCountry,
            Instant firstReportedAt,
            Instant assessedAt) {
        return new TakedownItem(
                urlItemId,
                organisationId,
                canonicalUrl,
                host,
                hostingCountry,
                null,
                TakedownState.opened(),
                0,
                null,
                firstReportedAt,
                assessedAt,
                null,
                null,
                List.of(),
                List.of());
    }

    boolean belongsTo(UUID organisation) {
        return organisationId.equals(organisation);
    }

    /**
     * The rung a notice to a kind of recipient goes out on: a recipient's first notice starts the ladder at its own
     * rung, a repeated one stays where the ladder is. Refused once the content is removed, and, where national rules
     * put law enforcement first, for anyone else until law enforcement has been told.
     */
    int stepOfNoticeTo(RecipientKind kind, EscalationLadder ladder, boolean lawEnforcementFirst) {
        refuseUnlessMayMoveTo(NOTICE_SENT, TakedownError.ALREADY_REMOVED);
        if (lawEnforcementFirst
                && kind != RecipientKind.LAW_ENFORCEMENT
                && !hasNotified(RecipientKind.LAW_ENFORCEMENT)) {
            throw new ConflictException(TakedownError.LAW_ENFORCEMENT_FIRST);
        }
        return hasNotified(kind) ? ladderStep : ladder.firstRungFor(kind);
    }

    /**
     * Records a notice as sent: the item climbs to the notice's rung, its clock waits for the rung above, and a notice
     * to a chosen provider makes that the item's provider. Refused once the content is removed.
     */
    TakedownItem sendNotice(Notice notice, UUID noticedProviderId, EscalationLadder ladder) {
        if (!notice.urlItemId().equals(urlItemId)) {
            throw new IllegalArgumentException("The notice is about another URL item");
        }
        refuseUnlessMayMoveTo(NOTICE_SENT, TakedownError.ALREADY_REMOVED);
        var sent = new ArrayList<>(notices);
        sent.add(notice);
        return with(
                noticedProviderId != null ? noticedProviderId : providerId,
                NOTICE_SENT,
                notice.step(),
                ladder.nextStepDueAt(notice.step(), notice.sentAt()).orElse(null),
                firstNoticeAt != null ? firstNoticeAt : notice.sentAt(),
                removedAt,
                sent,
                rechecks);
    }

    /** Records that the recipient acknowledged one of the item's notices; a notice is acknowledged once. */
    TakedownItem acknowledge(UUID noticeId, Instant at) {
        Notice notice =
                notice(noticeId).orElseThrow(() -> new NotFoundException(TakedownError.NOTICE_UNKNOWN, noticeId));
        if (notice.isAcknowledged()) {
            throw new ConflictException(TakedownError.NOTICE_ALREADY_ACKNOWLEDGED);
        }
        List<Notice> acknowledged = notices.stream()
                .map(each -> each.id().equals(noticeId) ? each.acknowledged(at) : each)
                .toList();
        return with(providerId, state, ladderStep, nextStepDueAt, firstNoticeAt, removedAt, acknowledged, rechecks);
    }

    /**
     * Records an analyst's re-check; content found gone is a confirmed removal. Refused once removal is confirmed.
     * The platform never fetches the content itself.
     */
    TakedownItem recordRecheck(boolean stillAvailable, String checkedBy, Instant at) {
        refuseUnlessMayMoveTo(stillAvailable ? state : REMOVED, TakedownError.REMOVAL_ALREADY_CONFIRMED);
        var checked = new ArrayList<>(rechecks);
        checked.add(new Recheck(UUID.randomUUID(), stillAvailable, checkedBy, at));
        TakedownItem rechecked =
                with(providerId, state, ladderStep, nextStepDueAt, firstNoticeAt, removedAt, notices, checked);
        return stillAvailable ? rechecked : rechecked.confirmRemoval(at);
    }

    /** Confirms that the content was removed at its source: escalation stops. Refused when already confirmed. */
    TakedownItem confirmRemoval(Instant at) {
        refuseUnlessMayMoveTo(REMOVED, TakedownError.REMOVAL_ALREADY_CONFIRMED);
        return with(providerId, REMOVED, ladderStep, null, firstNoticeAt, at, notices, rechecks);
    }

    /** Whether the wait on the item's rung is over while its content is taken to be online. */
    boolean isDueForEscalation(Instant now) {
        return state == NOTICE_SENT && nextStepDueAt != null && !nextStepDueAt.isAfter(now);
    }

    /** The item with no further rung due: the ladder above it has no recipient left to reach. */
    TakedownItem stopEscalation() {
        return with(providerId, state, ladderStep, null, firstNoticeAt, removedAt, notices, rechecks);
    }

    boolean isDroppedWhenReassessedLegal() {
        return state.isDroppedWhenReassessedLegal();
    }

    Optional<Notice> notice(UUID noticeId) {
        return notices.stream().filter(notice -> notice.id().equals(noticeId)).findFirst();
    }

    private boolean hasNotified(RecipientKind kind) {
        return notices.stream().anyMatch(notice -> notice.recipientKind() == kind);
    }

    private void refuseUnlessMayMoveTo(TakedownState next, TakedownError refusal) {
        if (!state.mayMoveTo(next)) {
            throw new ConflictException(refusal);
        }
    }

    private TakedownItem with(
            UUID provider,
            TakedownState newState,
            int step,
            Instant nextStepDue,
            Instant firstNotice,
            Instant removed,
            List<Notice> newNotices,
            List<Recheck> newRechecks) {
        return new TakedownItem(
                urlItemId,
                organisationId,
                canonicalUrl,
                host,
                hostingCountry,
                provider,
                newState,
                step,
                nextStepDue,
                firstReportedAt,
                assessedAt,
                firstNotice,
                removed,
                newNotices,
                newRechecks);
    }
}
