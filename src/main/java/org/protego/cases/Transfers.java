package org.protego.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.FieldCipher;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Transfers of cases between organisations as stored, their reasons encrypted and bound to the row. */
@Repository
class Transfers {

    static final FieldCipher.Column REASON = new FieldCipher.Column("case_transfer", "reason_encrypted");
    static final FieldCipher.Column DECLINE = new FieldCipher.Column("case_transfer", "decline_encrypted");

    static final String PENDING = "PENDING";
    static final String ACCEPTED = "ACCEPTED";
    static final String DECLINED = "DECLINED";
    static final String CANCELLED = "CANCELLED";

    /** One request to hand a case over, and its answer. */
    record Transfer(
            UUID id,
            UUID caseId,
            String caseNumber,
            UUID fromOrganisationId,
            UUID toOrganisationId,
            String reason,
            String requestedByName,
            Instant requestedAt,
            String state,
            String decidedByName,
            Instant decidedAt,
            String declineReason) {}

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    Transfers(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(UUID id, UUID caseId, UUID from, UUID to, String reason, String requestedBy, Instant at) {
        jdbc.sql("""
                insert into case_transfer (id, case_id, from_organisation_id, to_organisation_id, reason_encrypted,
                    requested_by_name, requested_at, state)
                values (:id, :case, :from, :to, :reason, :by, :at, 'PENDING')""")
                .param("id", id)
                .param("case", caseId)
                .param("from", from)
                .param("to", to)
                .param("reason", cipher.encrypt(reason, REASON.row(id)))
                .param("by", requestedBy)
                .param("at", Timestamps.offset(at))
                .update();
    }

    Optional<Transfer> byId(UUID id) {
        return jdbc.sql(SELECT + " where t.id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** The transfer of a case waiting for an answer; at most one per case. */
    Optional<Transfer> pendingOf(UUID caseId) {
        return jdbc.sql(SELECT + " where t.case_id = :case and t.state = 'PENDING'")
                .param("case", caseId)
                .query(this::map)
                .optional();
    }

    /** Transfers waiting for an organisation's answer, oldest first. */
    List<Transfer> incomingTo(UUID organisationId) {
        return jdbc.sql(SELECT + " where t.to_organisation_id = :organisation and t.state = 'PENDING'"
                        + " order by t.requested_at, t.id limit 500")
                .param("organisation", organisationId)
                .query(this::map)
                .list();
    }

    /** Every transfer of a case, newest first. */
    List<Transfer> ofCase(UUID caseId) {
        return jdbc.sql(SELECT + " where t.case_id = :case order by t.requested_at desc, t.id")
                .param("case", caseId)
                .query(this::map)
                .list();
    }

    void answer(UUID id, String state, String decidedBy, Instant at, String declineReason) {
        jdbc.sql("""
                update case_transfer set state = :state, decided_by_name = :by, decided_at = :at,
                    decline_encrypted = :decline
                where id = :id""")
                .param("id", id)
                .param("state", state)
                .param("by", decidedBy)
                .param("at", Timestamps.offset(at))
                .param("decline", cipher.encrypt(declineReason, DECLINE.row(id)))
                .update();
    }

    /** Hands the case to its new organisation, assigned to the staff member who accepted it and their team. */
    void moveCase(UUID caseId, UUID organisationId, UUID assignedTo, String team) {
        jdbc.sql("update case_file set organisation_id = :organisation, assigned_to = :assignedTo, team = :team"
                        + " where id = :case")
                .param("case", caseId)
                .param("organisation", organisationId)
                .param("assignedTo", assignedTo)
                .param("team", team)
                .update();
    }

    private static final String SELECT =
            "select t.*, c.case_number from case_transfer t join case_file c on c.id = t.case_id";

    private Transfer map(ResultSet rs, int rowNumber) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Transfer(
                id,
                rs.getObject("case_id", UUID.class),
                rs.getString("case_number"),
                rs.getObject("from_organisation_id", UUID.class),
                rs.getObject("to_organisation_id", UUID.class),
                cipher.decrypt(rs.getString("reason_encrypted"), REASON.row(id)),
                rs.getString("requested_by_name"),
                Timestamps.instant(rs, "requested_at"),
                rs.getString("state"),
                rs.getString("decided_by_name"),
                Timestamps.nullableInstant(rs, "decided_at"),
                cipher.decrypt(rs.getString("decline_encrypted"), DECLINE.row(id)));
    }
}
