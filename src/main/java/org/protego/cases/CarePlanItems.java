package org.protego.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.FieldCipher;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Care-plan items as stored: what each says and why it was cancelled encrypted and bound to its row. */
@Repository
class CarePlanItems {

    static final FieldCipher.Column DESCRIPTION =
            new FieldCipher.Column("case_care_plan_item", "description_encrypted");
    static final FieldCipher.Column REASON = new FieldCipher.Column("case_care_plan_item", "reason_encrypted");

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    CarePlanItems(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(CarePlanItem item) {
        jdbc.sql("""
                insert into case_care_plan_item (id, case_id, kind, description_encrypted, responsible, due_on, status,
                    reason_encrypted, created_by, created_at)
                values (:id, :case, :kind, :description, :responsible, :dueOn, :status, :reason, :by, :at)""")
                .param("id", item.id())
                .param("case", item.caseId())
                .param("kind", item.kind().name())
                .param("description", cipher.encrypt(item.description(), DESCRIPTION.row(item.id())))
                .param("responsible", item.responsible())
                .param("dueOn", item.dueOn())
                .param("status", item.status().name())
                .param("reason", cipher.encrypt(item.reason(), REASON.row(item.id())))
                .param("by", item.createdBy())
                .param("at", Timestamps.offset(item.createdAt()))
                .update();
    }

    void updateStatus(CarePlanItem item) {
        jdbc.sql("""
                update case_care_plan_item set status = :status, reason_encrypted = :reason,
                    status_changed_by = :by, status_changed_at = :at
                where id = :id""")
                .param("id", item.id())
                .param("status", item.status().name())
                .param("reason", cipher.encrypt(item.reason(), REASON.row(item.id())))
                .param("by", item.statusChangedBy())
                .param("at", Timestamps.offset(item.statusChangedAt()))
                .update();
    }

    /** The item, if it belongs to this case. */
    Optional<CarePlanItem> byId(UUID caseId, UUID itemId) {
        return jdbc.sql("select * from case_care_plan_item where id = :id and case_id = :case")
                .param("id", itemId)
                .param("case", caseId)
                .query(this::map)
                .optional();
    }

    /** A case's care plan, soonest due first. */
    List<CarePlanItem> ofCase(UUID caseId) {
        return jdbc.sql("select * from case_care_plan_item where case_id = :case order by due_on, created_at, id")
                .param("case", caseId)
                .query(this::map)
                .list();
    }

    private CarePlanItem map(ResultSet rs, int rowNumber) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new CarePlanItem(
                id,
                rs.getObject("case_id", UUID.class),
                CarePlanItemKind.valueOf(rs.getString("kind")),
                cipher.decrypt(rs.getString("description_encrypted"), DESCRIPTION.row(id)),
                rs.getString("responsible"),
                rs.getObject("due_on", java.time.LocalDate.class),
                CarePlanItemStatus.valueOf(rs.getString("status")),
                cipher.decrypt(rs.getString("reason_encrypted"), REASON.row(id)),
                rs.getString("created_by"),
                Timestamps.instant(rs, "created_at"),
                rs.getString("status_changed_by"),
                Timestamps.nullableInstant(rs, "status_changed_at"));
    }
}
