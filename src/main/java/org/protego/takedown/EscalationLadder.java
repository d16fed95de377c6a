package org.protego.takedown;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /** Reads {@code KIND/DURATION,...}, for example {@code PROVIDER/PT24H,UPSTREAM/PT48H}. */
    static EscalationLadder parse(String text) {
        List<Rung> rungs = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] kindAndWait = part.strip().split("/");
            if (kindAndWait.length != 2) {
                throw new IllegalArgumentException("Ladder rung must be KIND/DURATION: " + part);
            }
            rungs.add(new Rung(RecipientKind.valueOf(kindAndWait[0].strip()), Duration.parse(kindAndWait[1].strip())));
        }
        if (rungs.isEmpty()) {
            throw new IllegalArgumentException("The escalation ladder needs at least one rung");
        }
        return new EscalationLadder(rungs);
    }

    Optional<Rung> rung(int step) {
        return step < rungs.size() ? Optional.of(rungs.get(step)) : Optional.empty();
    }

    int size() {
        return rungs.size();
    }

    List<Rung> rungs() {
        return rungs;
    }
}
