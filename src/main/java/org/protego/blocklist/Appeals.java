package org.protego.blocklist;

import static org.protego.shared.Timestamps.instant;
import static org.protego.shared.Timestamps.nullableInstant;
import static org.protego.shared.Timestamps.offset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Site owners' appeals as stored; an appeal loaded to be decided is locked, so that it is decided once. */
@Repository
class Appeals {

    private final JdbcClient jdbc;

    Appeals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Appeal appeal) {
        jdbc.sql("""
                        insert into blocklist_appeal (id, entry_id, appellant, grounds, state, recorded_by,
                            recorded_at, organisation_id)
                        values (:id, :entry, :appellant, :grounds, :state, :by, :at, :organisation)""")
                .param("id", appeal.id())
                .param("entry", appeal.entryId())
                .param("appellant", appeal.appellant())
                .param("grounds", appeal.grounds())
                .param("state", appeal.state().name())
                .param("by", appeal.recordedBy())
                .param("at", offset(appeal.recordedAt()))
                .param("organisation", appeal.organisationId())
                .update();
    }

    /** Writes a decision. */
    void save(Appeal appeal) {
        jdbc.sql("""
                        update blocklist_appeal set state = :state, decision = :decision, decided_by = :by,
                            decided_at = :at
                        where id = :id""")
                .param("id", appeal.id())
                .param("state", appeal.state().name())
                .param("decision", appeal.decision())
                .param("by", appeal.decidedBy())
                .param("at", offset(appeal.decidedAt()))
                .update();
    }

    /** An appeal, locked to be decided. */
    Optional<Appeal> appealToDecide(UUID id) {
        return jdbc.sql("select * from blocklist_appeal where id = :id for update")
                .param("id", id)
                .query(Appeals::appealFrom)
                .optional();
    }

    List<Appeal> appealsOf(UUID organisationId) {
        return jdbc.sql("""
                        select * from blocklist_appeal where organisation_id = :organisation
                        order by recorded_at desc limit 200""")
                .param("organisation", organisationId)
                .query(Appeals::appealFrom)
                .list();
    }

    /** Gives appeals recorded before appeals had owners to the organisation that owns the list. */
    int assignUnowned(UUID organisationId) {
        return jdbc.sql("update blocklist_appeal set organisation_id = :organisation where organisation_id is null")
                .param("organisation", organisationId)
                .update();
    }

    private static Appeal appealFrom(ResultSet rs, int row) throws SQLException {
        return new Appeal(
                rs.getObject("id", UUID.class),
                rs.getLong("entry_id"),
                rs.getString("appellant"),
                rs.getString("grounds"),
                AppealState.valueOf(rs.getString("state")),
                rs.getString("recorded_by"),
                instant(rs, "recorded_at"),
                rs.getString("decided_by"),
                nullableInstant(rs, "decided_at"),
                rs.getString("decision"),
                rs.getObject("organisation_id", UUID.class));
    }
}
