package org.protego.blocklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protego.blocklist.Refusals.assertConflict;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An entry's own transitions, without Spring or a database. */
class BlocklistEntryTest {

    static final Instant REQUESTED = Instant.parse("2026-11-01T10:00:00Z");
    static final Instant LATER = Instant.parse("2026-11-02T10:00:00Z");

    static BlocklistEntry entry(EntryState state, Long heldIn) {
        return new BlocklistEntry(
                7L,
                EntryKind.URL,
                UUID.randomUUID(),
                "abuse.example.org/x",
                null,
                ListFiles.digestOf("abuse.example.org/x"),
                state,
                state == EntryState.PENDING_ADDITION || state == EntryState.WITHDRAWN ? null : 3L,
                state == EntryState.REMOVED ? 5L : null,
                "analyst",
                REQUESTED,
                heldIn,
                null);
    }

    static BlocklistEntry entry(EntryState state) {
        return entry(state, null);
    }

    @Test
    void requestedEntryWaitsForTheNextVersionAsTheDigestOfItsExpression() {
        var requested = BlocklistEntry.request(
                EntryKind.DOMAIN, UUID.randomUUID(), "abuse.example.org/", "abuse.example.org", "analyst", REQUESTED);

        assertThat(requested.state()).isEqualTo(EntryState.PENDING_ADDITION);
        assertThat(requested.digest()).isEqualTo(ListFiles.digestOf("abuse.example.org/"));
        assertThat(requested.id()).isNull();
        assertThat(requested.withId(12).id()).isEqualTo(12L);
    }

    @Test
    void entryLeavingTheListStaysOnItWhenListedAgainEvenIfItsRemovalWasHeld() {
        var leaving = entry(EntryState.PENDING_REMOVAL, 9L);

        var listed = leaving.list();

        assertThat(listed.state()).isEqualTo(EntryState.LISTED);
        assertThat(listed.heldInVersion()).isNull();
        assertThat(listed.removalRequestedAt()).isNull();
    }

    @ParameterizedTest
    @EnumSource(
            value = EntryState.class,
            names = {"PENDING_ADDITION", "LISTED"})
    void entryListedOrWaitingStaysAsItIsWhenListedAgain(EntryState state) {
        var entry = entry(state);

        assertThat(entry.list()).isSameAs(entry);
    }

    @ParameterizedTest
    @EnumSource(
            value = EntryState.class,
            names = {"REMOVED", "WITHDRAWN"})
    void entryThatLeftTheListIsNeverListedAgain(EntryState state) {
        assertConflict(() -> entry(state).list(), BlocklistError.ENTRY_OFF_THE_LIST);
    }

    @Test
    void listedEntryLeavesWithTheNextVersionWhenUnlisted() {
        var unlisted = entry(EntryState.LISTED).unlist(LATER);

        assertThat(unlisted.state()).isEqualTo(EntryState.PENDING_REMOVAL);
        assertThat(unlisted.removalRequestedAt()).isEqualTo(LATER);
        assertThat(unlisted.heldInVersion()).isNull();
    }

    @Test
    void waitingEntryIsWithdrawnAtOnceWhenUnlisted() {
        var entry = entry(EntryState.PENDING_ADDITION);

        assertThat(entry.canBeUnlisted()).isTrue();
        assertThat(entry.unlist(LATER).state()).isEqualTo(EntryState.WITHDRAWN);
    }

    @Test
    void entryWaitingInAHeldVersionIsNotUnlisted() {
        var held = entry(EntryState.PENDING_ADDITION, 9L);

        assertThat(held.canBeUnlisted()).isFalse();
        assertConflict(() -> held.unlist(LATER), BlocklistError.ENTRY_IN_HELD_VERSION);
    }

    @ParameterizedTest
    @EnumSource(
            value = EntryState.class,
            names = {"PENDING_REMOVAL", "REMOVED", "WITHDRAWN"})
    void entryLeavingOrGoneIsNotUnlistedAgain(EntryState state) {
        var entry = entry(state);

        assertThat(entry.canBeUnlisted()).isFalse();
        assertConflict(() -> entry.unlist(LATER), BlocklistError.ENTRY_NOT_LISTED);
    }

    @Test
    void listedEntryTheRulesRefuseLeavesWithTheVersionBeingApproved() {
        var refused = entry(EntryState.LISTED).refuse(9L, LATER);

        assertThat(refused.state()).isEqualTo(EntryState.PENDING_REMOVAL);
        assertThat(refused.heldInVersion()).isEqualTo(9L);
        assertThat(refused.removalRequestedAt()).isEqualTo(LATER);
    }

    @Test
    void listedEntryTheRulesRefuseLeavesWithTheNextVersionWhenNoneIsApproved() {
        assertThat(entry(EntryState.LISTED).refuse(null, LATER).heldInVersion()).isNull();
    }

    @Test
    void waitingEntryTheRulesRefuseIsWithdrawnEvenFromAHeldVersion() {
        var refused = entry(EntryState.PENDING_ADDITION, 9L).refuse(9L, LATER);

        assertThat(refused.state()).isEqualTo(EntryState.WITHDRAWN);
        assertThat(refused.heldInVersion()).isNull();
    }

    @ParameterizedTest
    @EnumSource(
            value = EntryState.class,
            names = {"PENDING_REMOVAL", "REMOVED", "WITHDRAWN"})
    void entryLeavingOrGoneIsNotRefusedAgain(EntryState state) {
        assertConflict(() -> entry(state).refuse(null, LATER), BlocklistError.ENTRY_NOT_LISTED);
    }

    @Test
    void publicationListsWhatWaitedAndRemovesWhatWasLeaving() {
        assertThat(EntryState.PENDING_ADDITION.whenPublished()).isEqualTo(EntryState.LISTED);
        assertThat(EntryState.PENDING_REMOVAL.whenPublished()).isEqualTo(EntryState.REMOVED);
    }

    @Test
    void rejectedVersionWithdrawsItsAdditionsAndKeepsItsRemovalsWaiting() {
        assertThat(EntryState.PENDING_ADDITION.whenVersionRejected()).isEqualTo(EntryState.WITHDRAWN);
        assertThat(EntryState.PENDING_REMOVAL.whenVersionRejected()).isEqualTo(EntryState.PENDING_REMOVAL);
    }

    @ParameterizedTest
    @EnumSource(EntryState.class)
    void whatAVersionDoesToAnEntryIsATransitionItsStateAllows(EntryState state) {
        for (EntryState after : new EntryState[] {state.whenPublished(), state.whenVersionRejected()}) {
            assertThat(after == state || state.canMoveTo(after))
                    .as(state + " -> " + after)
                    .isTrue();
        }
    }

    @Test
    void onlyWaitingChangesAreHeldPublishedOrReleased() {
        assertThat(EntryState.waitingForAVersion())
                .containsExactlyInAnyOrder(EntryState.PENDING_ADDITION, EntryState.PENDING_REMOVAL);
        assertThat(EntryState.live())
                .allMatch(EntryState::isLive)
                .containsExactlyInAnyOrder(EntryState.PENDING_ADDITION, EntryState.LISTED, EntryState.PENDING_REMOVAL);
    }
}
