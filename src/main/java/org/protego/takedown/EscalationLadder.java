package org.protego.takedown;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The rungs a takedown climbs while content stays online: who each notice goes to and how long to wait before the
 * next, in the manner of Project Arachnid's 24-hour re-notices and INHOPE's escalation to partners and police.
 */
final class EscalationLadder {

    record Rung(RecipientKind recipient, Duration waitBeforeNext) {}

    private final List<Rung> rungs;

    private EscalationLadder(List<Rung> rungs) {
        this.rungs = List.copyOf(rungs);
    }

    /**
     * Reads {@code KIND/DURATION,...}, for example {@code PROVIDER/PT24H,UPSTREAM/PT48H}; anything else is refused
     * with an {@link IllegalArgumentException} saying which rung is wrong and why.
     */
    static EscalationLadder parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the ladder needs at least one rung");
        }
        List<Rung> rungs = new ArrayList<>();
        for (String part : text.split(",")) {
            rungs.add(rung(part.strip()));
        }
        return new EscalationLadder(rungs);
    }

    private static Rung rung(String text) {
        String[] kindAndWait = text.split("/");
        if (kindAndWait.length != 2) {
            throw new IllegalArgumentException("rung '" + text + "' is not KIND/DURATION");
        }
        RecipientKind kind;
        try {
            kind = RecipientKind.valueOf(kindAndWait[0].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rung '" + text + "' names no recipient kind; use one of "
                    + Arrays.toString(RecipientKind.values()));
        }
        Duration wait;
        try {
            wait = Duration.parse(kindAndWait[1].strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("rung '" + text + "' has no ISO-8601 duration such as PT24H");
        }
        if (wait.isNegative()) {
            throw new IllegalArgumentException("rung '" + text + "' waits a negative time");
        }
        return new Rung(kind, wait);
    }

    Optional<Rung> rung(int step) {
        return step >= 0 && step < rungs.size() ? Optional.of(rungs.get(step)) : Optional.empty();
    }

    int size() {
        return rungs.size();
    }

    /** Who the notices go to, from the first rung to the last. */
    List<RecipientKind> recipients() {
        return rungs.stream().map(Rung::recipient).toList();
    }

    /**
     * The rung a recipient's first notice starts on: the lowest one for its kind, or the bottom rung when the ladder
     * has none for it.
     */
    int firstRungFor(RecipientKind kind) {
        return IntStream.range(0, rungs.size())
                .filter(step -> rungs.get(step).recipient() == kind)
                .findFirst()
                .orElse(0);
    }

    /** When the rung above is due after a notice sent on a step, or empty on the top rung: nothing follows it. */
    Optional<Instant> nextStepDueAt(int step, Instant sentAt) {
        return step + 1 < rungs.size() ? rung(step).map(rung -> sentAt.plus(rung.waitBeforeNext())) : Optional.empty();
    }

    /** The steps above one, lowest first: where escalation looks for the next recipient it can reach. */
    IntStream stepsAbove(int step) {
        return IntStream.range(Math.max(step + 1, 0), rungs.size());
    }
}
