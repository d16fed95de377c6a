package org.protego.takedown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.shared.ConflictException;
import org.protego.shared.NotFoundException;
import org.protego.shared.RefusedException;

/** Every move of a takedown item, allowed and refused, without Spring or a database. */
class TakedownItemTest {

    static final Instant ASSESSED = Instant.parse("2026-03-01T10:00:00Z");
    static final EscalationLadder LADDER = EscalationLadder.parse(
            "PROVIDER/PT24H,PROVIDER/PT24H,UPSTREAM/PT48H,PARTNER_HOTLINE/PT72H,LAW_ENFORCEMENT/PT168H");
    static final Recipient HOST = new Recipient(RecipientKind.PROVIDER, "Host", "abuse@host.example", "en");
    static final Recipient POLICE =
            new Recipient(RecipientKind.LAW_ENFORCEMENT, "Police", "cyber@police.example", "en");

    static TakedownItem opened() {
        return TakedownItem.open(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "http://site.example/album",
                "site.example",
                "NL",
                ASSESSED.minus(Duration.ofHours(2)),
                ASSESSED);
    }

    static Notice notice(TakedownItem item, int step, Recipient to, Instant at) {
        return Notice.recorded(item.urlItemId(), step, to, "en", "subject", "body", "analyst", at);
    }

    static TakedownItem noticed() {
        TakedownItem item = opened();
        return item.sendNotice(notice(item, 0, HOST, ASSESSED.plusSeconds(60)), UUID.randomUUID(), LADDER);
    }

    static TakedownItem removed() {
        return noticed().confirmRemoval(ASSESSED.plus(Duration.ofDays(1)));
    }

    static void assertRefused(Runnable move, TakedownError reason) {
        assertThatThrownBy(move::run)
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((RefusedException) e).error())
                .isEqualTo(reason);
    }

    @Test
    void anItemAssessedIllegalAwaitsItsFirstNotice() {
        TakedownItem item = opened();

        assertThat(item.state()).isEqualTo(TakedownState.AWAITING_NOTICE);
        assertThat(item.notices()).isEmpty();
        assertThat(item.nextStepDueAt()).isNull();
    }

    @Test
    void theFirstNoticeStartsTheClockAndWaitsForTheRungAbove() {
        TakedownItem item = opened();
        UUID provider = UUID.randomUUID();
        Instant sent = ASSESSED.plusSeconds(60);

        TakedownItem noticed = item.sendNotice(notice(item, 0, HOST, sent), provider, LADDER);

        assertThat(noticed.state()).isEqualTo(TakedownState.NOTICE_SENT);
        assertThat(noticed.firstNoticeAt()).isEqualTo(sent);
        assertThat(noticed.nextStepDueAt()).isEqualTo(sent.plus(Duration.ofHours(24)));
        assertThat(noticed.providerId()).isEqualTo(provider);
        assertThat(noticed.notices()).hasSize(1);
        assertThat(item.state()).as("the item before the move is unchanged").isEqualTo(TakedownState.AWAITING_NOTICE);
    }

    @Test
    void aFurtherNoticeKeepsTheFirstNoticeTimeAndTheProvider() {
        TakedownItem noticed = noticed();
        Instant later = ASSESSED.plus(Duration.ofHours(25));

        TakedownItem reminded = noticed.sendNotice(notice(noticed, 1, HOST, later), null, LADDER);

        assertThat(reminded.state()).isEqualTo(TakedownState.NOTICE_SENT);
        assertThat(reminded.firstNoticeAt()).isEqualTo(noticed.firstNoticeAt());
        assertThat(reminded.providerId()).isEqualTo(noticed.providerId());
        assertThat(reminded.ladderStep()).isEqualTo(1);
        assertThat(reminded.notices()).hasSize(2);
    }

    @Test
    void aNoticeOnTheTopRungLeavesNothingDue() {
        TakedownItem item = opened();

        TakedownItem noticed = item.sendNotice(notice(item, 4, POLICE, ASSESSED), null, LADDER);

        assertThat(noticed.nextStepDueAt()).isNull();
    }

    @Test
    void noNoticeGoesOutOnceTheContentIsRemoved() {
        TakedownItem removed = removed();

        assertRefused(
                () -> removed.stepOfNoticeTo(RecipientKind.PROVIDER, LADDER, false), TakedownError.ALREADY_REMOVED);
        assertRefused(
                () -> removed.sendNotice(notice(removed, 0, HOST, ASSESSED), null, LADDER),
                TakedownError.ALREADY_REMOVED);
    }

    @Test
    void aRecipientsFirstNoticeStartsOnItsOwnRungAndARepeatedOneStaysWhereTheLadderIs() {
        TakedownItem noticed = noticed();
        Recipient upstream = new Recipient(RecipientKind.UPSTREAM, "Transit", "abuse@transit.example", "en");
        TakedownItem escalated =
                noticed.sendNotice(notice(noticed, 2, upstream, ASSESSED.plus(Duration.ofDays(2))), null, LADDER);

        assertThat(escalated.stepOfNoticeTo(RecipientKind.PARTNER_HOTLINE, LADDER, false))
                .isEqualTo(3);
        assertThat(escalated.stepOfNoticeTo(RecipientKind.PROVIDER, LADDER, false))
                .isEqualTo(2);
    }

    @Test
    void whereLawEnforcementComesFirstNobodyElseIsToldBeforeIt() {
        TakedownItem item = opened();

        assertRefused(
                () -> item.stepOfNoticeTo(RecipientKind.PROVIDER, LADDER, true), TakedownError.LAW_ENFORCEMENT_FIRST);
        assertThat(item.stepOfNoticeTo(RecipientKind.LAW_ENFORCEMENT, LADDER, true))
                .isEqualTo(4);

        TakedownItem told = item.sendNotice(notice(item, 4, POLICE, ASSESSED), null, LADDER);
        assertThat(told.stepOfNoticeTo(RecipientKind.PROVIDER, LADDER, true)).isZero();
    }

    @Test
    void removalIsConfirmedWhileAwaitingANoticeOrWithOneOutAndStopsEscalation() {
        Instant gone = ASSESSED.plus(Duration.ofDays(2));

        TakedownItem fromAwaiting = opened().confirmRemoval(gone);
        TakedownItem fromNoticed = noticed().confirmRemoval(gone);

        assertThat(fromAwaiting.state()).isEqualTo(TakedownState.REMOVED);
        assertThat(fromNoticed.state()).isEqualTo(TakedownState.REMOVED);
        assertThat(fromNoticed.removedAt()).isEqualTo(gone);
        assertThat(fromNoticed.nextStepDueAt()).isNull();
    }

    @Test
    void removalIsConfirmedOnce() {
        TakedownItem removed = removed();

        assertRefused(() -> removed.confirmRemoval(ASSESSED), TakedownError.REMOVAL_ALREADY_CONFIRMED);
    }

    @Test
    void aRecheckFindingTheContentOnlineKeepsTheState() {
        TakedownItem awaiting = opened().recordRecheck(true, "analyst", ASSESSED);
        TakedownItem noticed = noticed().recordRecheck(true, "analyst", ASSESSED);

        assertThat(awaiting.state()).isEqualTo(TakedownState.AWAITING_NOTICE);
        assertThat(noticed.state()).isEqualTo(TakedownState.NOTICE_SENT);
        assertThat(noticed.rechecks()).singleElement().satisfies(check -> {
            assertThat(check.stillAvailable()).isTrue();
            assertThat(check.checkedBy()).isEqualTo("analyst");
        });
    }

    @Test
    void aRecheckFindingTheContentGoneConfirmsRemoval() {
        Instant checked = ASSESSED.plus(Duration.ofDays(3));

        TakedownItem gone = noticed().recordRecheck(false, "analyst", checked);

        assertThat(gone.state()).isEqualTo(TakedownState.REMOVED);
        assertThat(gone.removedAt()).isEqualTo(checked);
        assertThat(gone.rechecks()).hasSize(1);
    }

    @Test
    void aRemovedItemTakesNoRecheck() {
        TakedownItem removed = removed();

        assertRefused(() -> removed.recordRecheck(true, "analyst", ASSESSED), TakedownError.REMOVAL_ALREADY_CONFIRMED);
        assertRefused(() -> removed.recordRecheck(false, "analyst", ASSESSED), TakedownError.REMOVAL_ALREADY_CONFIRMED);
    }

    @Test
    void aNoticeIsAcknowledgedOnceEvenAfterRemoval() {
        TakedownItem removed = removed();
        UUID noticeId = removed.notices().get(0).id();

        TakedownItem acknowledged = removed.acknowledge(noticeId, ASSESSED.plus(Duration.ofDays(5)));

        assertThat(acknowledged.notice(noticeId).orElseThrow().acknowledgedAt()).isNotNull();
        assertThat(acknowledged.state()).isEqualTo(TakedownState.REMOVED);
        assertRefused(() -> acknowledged.acknowledge(noticeId, ASSESSED), TakedownError.NOTICE_ALREADY_ACKNOWLEDGED);
    }

    @Test
    void anUnknownNoticeCannotBeAcknowledged() {
        assertThatThrownBy(() -> noticed().acknowledge(UUID.randomUUID(), ASSESSED))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anItemIsDueForEscalationOnceTheWaitOnItsRungIsOver() {
        TakedownItem noticed = noticed();
        Instant due = noticed.nextStepDueAt();

        assertThat(noticed.isDueForEscalation(due.minusSeconds(1))).isFalse();
        assertThat(noticed.isDueForEscalation(due)).isTrue();
        assertThat(noticed.stopEscalation().isDueForEscalation(due.plus(Duration.ofDays(30))))
                .isFalse();
        assertThat(opened().isDueForEscalation(due)).isFalse();
        assertThat(removed().isDueForEscalation(due.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void onlyATakedownWithNoNoticeOutIsDroppedWhenTheItemIsReassessedLegal() {
        assertThat(opened().isDroppedWhenReassessedLegal()).isTrue();
        assertThat(noticed().isDroppedWhenReassessedLegal()).isFalse();
        assertThat(removed().isDroppedWhenReassessedLegal()).isFalse();
    }
}
