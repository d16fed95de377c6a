package org.protego.blocklist;

import static org.protego.shared.Timestamps.instant;
import static org.protego.shared.Timestamps.nullableInstant;
import static org.protego.shared.Timestamps.offset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the block list decided on each URL item's newest assessment, as stored. */
@Repository
class ItemDecisions {

    private final JdbcClient jdbc;

    ItemDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the first decision on an item; returns false when the item has one, which {@link #decisionToChange}
     * then locks. Two listeners acting on the same item at once thus decide one after the other.
     */
    boolean addIfFirst(ItemDecision decision) {
        return jdbc.sql("""
                        insert into blocklist_item_decision (url_item_id, assessed_at, refusal, refused_host,
                            decided_at)
                        values (:item, :assessed, :refusal, :host, :at)
                        on conflict (url_item_id) do nothing""").params(columns(decision)).update() == 1;
    }

    Optional<ItemDecision> decisionToChange(UUID urlItemId) {
        return jdbc.sql("select * from blocklist_item_decision where url_item_id = :item for update")
                .param("item", urlItemId)
                .query(ItemDecisions::decisionFrom)
                .optional();
    }

    Optional<ItemDecision> decision(UUID urlItemId) {
        return jdbc.sql("select * from blocklist_item_decision where url_item_id = :item")
                .param("item", urlItemId)
                .query(ItemDecisions::decisionFrom)
                .optional();
    }

    void save(ItemDecision decision) {
        jdbc.sql("""
                        insert into blocklist_item_decision (url_item_id, assessed_at, refusal, refused_host,
                            decided_at)
                        values (:item, :assessed, :refusal, :host, :at)
                        on conflict (url_item_id) do update
                        set assessed_at = excluded.assessed_at, refusal = excluded.refusal,
                            refused_host = excluded.refused_host, decided_at = excluded.decided_at""").params(columns(decision)).update();
    }

    /** When the block list began to keep its decisions; assessments before then were acted on without one. */
    Instant keptSince() {
        return jdbc.sql("select min(since) as since from blocklist_item_decisions_kept_since")
                .query((rs, n) -> nullableInstant(rs, "since"))
                .optional()
                .orElse(Instant.EPOCH);
    }

    private static Map<String, Object> columns(ItemDecision decision) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("item", decision.urlItemId());
        columns.put("assessed", offset(decision.assessedAt()));
        columns.put(
                "refusal",
                decision.refusal() == null ? null : decision.refusal().code());
        columns.put("host", decision.refusedHost());
        columns.put("at", offset(decision.decidedAt()));
        return columns;
    }

    private static ItemDecision decisionFrom(ResultSet rs, int row) throws SQLException {
        return new ItemDecision(
                rs.getObject("url_item_id", UUID.class),
                instant(rs, "assessed_at"),
                BlocklistError.ofCode(rs.getString("refusal")).orElse(null),
                rs.getString("refused_host"),
                instant(rs, "decided_at"));
    }
}
