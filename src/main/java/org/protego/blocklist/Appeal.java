package org.protego.blocklist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.protego.shared.ConflictException;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;

/**
 * A site owner's appeal against an entry, and its decision; it belongs to the organisation that owns the list. Someone
 * other than who recorded it decides it, once.
 */
public record Appeal(
        UUID id,
        long entryId,
        String appellant,
        String grounds,
        AppealState state,
        String recordedBy,
        Instant recordedAt,
        String decidedBy,
        Instant decidedAt,
        String decision,
        UUID organisationId) {

    static final int MAX_APPELLANT = 200;
    static final int MAX_TEXT = 2000;

    /** Records an appeal, refusing an appellant or grounds that are blank or too long, naming each. */
    static Appeal record(
            long entryId, String appellant, String grounds, String recordedBy, Instant at, UUID organisationId) {
        var problems = new ArrayList<FieldProblem>();
        if (!fits(appellant, MAX_APPELLANT)) {
            problems.add(new FieldProblem("appellant", BlocklistError.APPELLANT_INVALID));
        }
        if (!fits(grounds, MAX_TEXT)) {
            problems.add(new FieldProblem("grounds", BlocklistError.GROUNDS_INVALID));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Appeal(
                UUID.randomUUID(),
                entryId,
                appellant.strip(),
                grounds.strip(),
                AppealState.OPEN,
                recordedBy,
                at,
                null,
                null,
                null,
                organisationId);
    }

    /**
     * Decides the appeal: upheld, the entry is to leave the list; dismissed, it stays. Refuses a decision too long,
     * the person who recorded the appeal, and an appeal already decided.
     */
    Appeal decide(boolean upheld, String decisionText, String decider, Instant at) {
        String text = decisionText == null ? "" : decisionText.strip();
        if (text.length() > MAX_TEXT) {
            throw new InvalidRequestException(List.of(new FieldProblem("decision", BlocklistError.DECISION_TOO_LONG)));
        }
        if (recordedBy.equals(decider)) {
            throw new ConflictException(BlocklistError.APPEAL_RECORDED_BY_YOU);
        }
        AppealState target = upheld ? AppealState.UPHELD : AppealState.DISMISSED;
        if (!state.canMoveTo(target)) {
            throw new ConflictException(BlocklistError.APPEAL_DECIDED);
        }
        return new Appeal(
                id, entryId, appellant, grounds, target, recordedBy, recordedAt, decider, at, text, organisationId);
    }

    private static boolean fits(String text, int longest) {
        return text != null && !text.isBlank() && text.length() <= longest;
    }
}
