package org.protego.blocklist;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;
import org.protego.shared.ConflictException;

/**
 * One listing of an expression, from its request to the version it leaves the list with; ISPs only ever see its
 * digest, or its domain in the policy zone. Its transitions refuse what its state does not allow. Publication moves
 * every waiting entry at once, by {@link EntryState#whenPublished()}, in {@link Entries#publishChanges}.
 *
 * @param id null until stored
 * @param heldInVersion the held version its change waits in, if any
 */
public record BlocklistEntry(
        Long id,
        EntryKind kind,
        UUID urlItemId,
        String expression,
        String domain,
        String digest,
        EntryState state,
        Long addedInVersion,
        Long removedInVersion,
        @JsonIgnore String requestedBy,
        @JsonIgnore Instant requestedAt,
        @JsonIgnore Long heldInVersion,
        @JsonIgnore Instant removalRequestedAt) {

    /** A request to list an expression (a URL, or {@code domain/} for a whole domain): it waits for a version. */
    static BlocklistEntry request(
            EntryKind kind, UUID urlItemId, String expression, String domain, String requestedBy, Instant at) {
        return new BlocklistEntry(
                null,
                kind,
                urlItemId,
                expression,
                domain,
                ListFiles.digestOf(expression),
                EntryState.PENDING_ADDITION,
                null,
                null,
                requestedBy,
                at,
                null,
                null);
    }

    BlocklistEntry withId(long stored) {
        return new BlocklistEntry(
                stored,
                kind,
                urlItemId,
                expression,
                domain,
                digest,
                state,
                addedInVersion,
                removedInVersion,
                requestedBy,
                requestedAt,
                heldInVersion,
                removalRequestedAt);
    }

    /**
     * Asked for while live: an entry about to leave the list stays on it, even when its removal waits in a held
     * version (which then removes one entry fewer); a listed or waiting one stays as it is. An entry that left the
     * list is refused: listing its expression again makes a new entry.
     */
    BlocklistEntry list() {
        if (state == EntryState.LISTED || state == EntryState.PENDING_ADDITION) {
            return this;
        }
        return moveTo(EntryState.LISTED, BlocklistError.ENTRY_OFF_THE_LIST, null, null);
    }

    /** Whether {@link #unlist} takes it off the list: it is listed, or waits for a version that is not held. */
    boolean canBeUnlisted() {
        return state == EntryState.LISTED || (state == EntryState.PENDING_ADDITION && heldInVersion == null);
    }

    /**
     * Takes the entry off the list: a listed one leaves with the next version, one that never reached a version is
     * withdrawn at once. Refuses one in a held version, which only the approval or rejection of that version
     * changes, and one already leaving or gone.
     */
    BlocklistEntry unlist(Instant at) {
        if (state == EntryState.PENDING_ADDITION && heldInVersion != null) {
            throw new ConflictException(BlocklistError.ENTRY_IN_HELD_VERSION);
        }
        EntryState target = state == EntryState.PENDING_ADDITION ? EntryState.WITHDRAWN : EntryState.PENDING_REMOVAL;
        return moveTo(target, BlocklistError.ENTRY_NOT_LISTED, null, at);
    }

    /**
     * The naming rules refuse the entry's name: one waiting for a version, held or not, is withdrawn at once; a
     * listed one leaves with {@code leavingWith}, the held version being approved, or with the next version when
     * that is null.
     */
    BlocklistEntry refuse(Long leavingWith, Instant at) {
        EntryState target = state == EntryState.PENDING_ADDITION ? EntryState.WITHDRAWN : EntryState.PENDING_REMOVAL;
        return moveTo(
                target, BlocklistError.ENTRY_NOT_LISTED, target == EntryState.PENDING_REMOVAL ? leavingWith : null, at);
    }

    private BlocklistEntry moveTo(EntryState target, BlocklistError refusal, Long held, Instant removalRequested) {
        if (!state.canMoveTo(target)) {
            throw new ConflictException(refusal);
        }
        return new BlocklistEntry(
                id,
                kind,
                urlItemId,
                expression,
                domain,
                digest,
                target,
                addedInVersion,
                removedInVersion,
                requestedBy,
                requestedAt,
                held,
                removalRequested);
    }
}
