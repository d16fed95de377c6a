package org.protego.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A best-interests determination as those who may read the case, or sit on its panel, read it; reading is audited.
 *
 * @param state {@code awaiting_views}, {@code ready_for_decision} or {@code decided}
 * @param dueAt when the panel's decision is due; {@code overdue} once that passed without one
 * @param viewerMayRecordView whether the reader may record a view on it now
 * @param viewerMayDecide whether the reader may record its decision now
 */
public record DeterminationView(
        UUID id,
        String decisionType,
        String question,
        UUID assessmentId,
        String requestedBy,
        Instant requestedAt,
        String state,
        Instant dueAt,
        boolean overdue,
        List<MemberView> views,
        String decision,
        String outcome,
        String decidedBy,
        Instant decidedAt,
        boolean viewerMayRecordView,
        boolean viewerMayDecide) {

    public DeterminationView {
        views = List.copyOf(views);
    }

    /** One panel member's view: {@code position} is {@code support}, {@code oppose} or {@code abstain}. */
    public record MemberView(String supervisor, String position, String reasoning, Instant recordedAt) {}
}
