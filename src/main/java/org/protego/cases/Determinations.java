package org.protego.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.FieldCipher;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Best-interests determinations as stored, with their panels' views. The question, the reasoning and the outcome
 * identify the child and are encrypted, each bound to its row.
 */
@Repository
class Determinations {

    static final FieldCipher.Column QUESTION = new FieldCipher.Column("case_determination", "question_encrypted");
    static final FieldCipher.Column OUTCOME = new FieldCipher.Column("case_determination", "outcome_encrypted");
    static final FieldCipher.Column REASONING =
            new FieldCipher.Column("case_determination_view", "reasoning_encrypted");

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    Determinations(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(Determination determination) {
        jdbc.sql("""
                insert into case_determination (id, case_id, decision_type, question_encrypted, assessment_id,
                    requested_by_id, requested_by, requested_at, state)
                values (:id, :case, :type, :question, :assessment, :requestedById, :requestedBy, :requestedAt,
                    :state)""")
                .param("id", determination.id())
                .param("case", determination.caseId())
                .param("type", determination.decisionType().name())
                .param("question", cipher.encrypt(determination.question(), QUESTION.row(determination.id())))
                .param("assessment", determination.assessmentId())
                .param("requestedById", determination.requestedById())
                .param("requestedBy", determination.requestedBy())
                .param("requestedAt", Timestamps.offset(determination.requestedAt()))
                .param("state", determination.state().name())
                .update();
    }

    /** Saves a view the determination accepted, and the state it moved to. */
    void insertView(Determination determination, PanelView view) {
        jdbc.sql("""
                insert into case_determination_view (determination_id, panelist_id, panelist, position,
                    reasoning_encrypted, recorded_at)
                values (:determination, :panelistId, :panelist, :position, :reasoning, :at)""")
                .param("determination", determination.id())
                .param("panelistId", view.panelistId())
                .param("panelist", view.panelist())
                .param("position", view.position().name())
                .param(
                        "reasoning",
                        cipher.encrypt(view.reasoning(), REASONING.row(determination.id() + ":" + view.panelistId())))
                .param("at", Timestamps.offset(view.recordedAt()))
                .update();
        saveState(determination);
    }

    /** Saves the panel's decision. */
    void saveDecision(Determination determination) {
        jdbc.sql("""
                update case_determination set state = :state, decision = :decision, outcome_encrypted = :outcome,
                    decided_by = :decidedBy, decided_at = :decidedAt
                where id = :id""")
                .param("id", determination.id())
                .param("state", determination.state().name())
                .param("decision", determination.decision().name())
                .param("outcome", cipher.encrypt(determination.outcome(), OUTCOME.row(determination.id())))
                .param("decidedBy", determination.decidedBy())
                .param("decidedAt", Timestamps.offset(determination.decidedAt()))
                .update();
    }

    private void saveState(Determination determination) {
        jdbc.sql("update case_determination set state = :state where id = :id")
                .param("id", determination.id())
                .param("state", determination.state().name())
                .update();
    }

    /** A determination of this case, with its views; one of another case is not found. */
    Optional<Determination> byId(UUID caseId, UUID id) {
        return jdbc.sql("select * from case_determination where case_id = :case and id = :id")
                .param("case", caseId)
                .param("id", id)
                .query(this::map)
                .optional()
                .map(row -> row.with(viewsOf(List.of(row.id())).getOrDefault(row.id(), List.of())));
    }

    /** Every determination of a case with its views, newest first. */
    List<Determination> ofCase(UUID caseId) {
        List<Row> rows = jdbc.sql("select * from case_determination where case_id = :case order by requested_at desc")
                .param("case", caseId)
                .query(this::map)
                .list();
        Map<UUID, List<PanelView>> views = viewsOf(rows.stream().map(Row::id).toList());
        return rows.stream()
                .map(row -> row.with(views.getOrDefault(row.id(), List.of())))
                .toList();
    }

    /** Whether a determination of the case is waiting for its panel. */
    boolean hasPending(UUID caseId) {
        return jdbc.sql("select exists (select 1 from case_determination where case_id = :case and state <> 'DECIDED')")
                .param("case", caseId)
                .query(Boolean.class)
                .single();
    }

    /** Whether a determination of this decision is waiting for its panel. */
    boolean hasPending(UUID caseId, DecisionType decisionType) {
        return jdbc.sql("""
                select exists (select 1 from case_determination
                    where case_id = :case and decision_type = :type and state <> 'DECIDED')""")
                .param("case", caseId)
                .param("type", decisionType.name())
                .query(Boolean.class)
                .single();
    }

    private Map<UUID, List<PanelView>> viewsOf(List<UUID> determinationIds) {
        Map<UUID, List<PanelView>> views = new LinkedHashMap<>();
        if (determinationIds.isEmpty()) {
            return views;
        }
        jdbc.sql("""
                select * from case_determination_view where determination_id = any(:ids)
                order by recorded_at, panelist""")
                .param("ids", determinationIds.toArray(UUID[]::new))
                .query((rs, n) -> {
                    UUID determination = rs.getObject("determination_id", UUID.class);
                    UUID panelist = rs.getObject("panelist_id", UUID.class);
                    return Map.entry(
                            determination,
                            new PanelView(
                                    panelist,
                                    rs.getString("panelist"),
                                    PanelPosition.valueOf(rs.getString("position")),
                                    cipher.decrypt(
                                            rs.getString("reasoning_encrypted"),
                                            REASONING.row(determination + ":" + panelist)),
                                    Timestamps.instant(rs, "recorded_at")));
                })
                .list()
                .forEach(entry -> views.computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
                        .add(entry.getValue()));
        return views;
    }

    /** A determination's row, before its views are read. */
    private record Row(
            UUID id,
            UUID caseId,
            DecisionType decisionType,
            String question,
            UUID assessmentId,
            UUID requestedById,
            String requestedBy,
            java.time.Instant requestedAt,
            DeterminationState state,
            DeterminationDecision decision,
            String outcome,
            String decidedBy,
            java.time.Instant decidedAt) {

        Determination with(List<PanelView> views) {
            return new Determination(
                    id,
                    caseId,
                    decisionType,
                    question,
                    assessmentId,
                    requestedById,
                    requestedBy,
                    requestedAt,
                    state,
                    views,
                    decision,
                    outcome,
                    decidedBy,
                    decidedAt);
        }
    }

    private Row map(ResultSet rs, int rowNumber) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String decision = rs.getString("decision");
        return new Row(
                id,
                rs.getObject("case_id", UUID.class),
                DecisionType.valueOf(rs.getString("decision_type")),
                cipher.decrypt(rs.getString("question_encrypted"), QUESTION.row(id)),
                rs.getObject("assessment_id", UUID.class),
                rs.getObject("requested_by_id", UUID.class),
                rs.getString("requested_by"),
                Timestamps.instant(rs, "requested_at"),
                DeterminationState.valueOf(rs.getString("state")),
                decision == null ? null : DeterminationDecision.valueOf(decision),
                cipher.decrypt(rs.getString("outcome_encrypted"), OUTCOME.row(id)),
                rs.getString("decided_by"),
                Timestamps.nullableInstant(rs, "decided_at"));
    }
}
