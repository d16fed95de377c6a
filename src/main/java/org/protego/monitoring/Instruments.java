package org.protego.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The international instruments the documents name, with the State's facts about each, as stored. */
@Repository
class Instruments {

    private final JdbcClient jdbc;

    Instruments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<InstrumentView> all() {
        return jdbc.sql("select * from monitoring_instrument order by position")
                .query(Instruments::view)
                .list();
    }

    Optional<InstrumentView> find(String code) {
        return jdbc.sql("select * from monitoring_instrument where code = :code")
                .param("code", code)
                .query(Instruments::view)
                .optional();
    }

    /** Saves the State's facts over the version read; false if they changed since. */
    boolean update(String code, long version, InstrumentView.StateFacts facts, String by, Instant at) {
        return jdbc.sql("""
                        update monitoring_instrument set signed_on = :signedOn, consent_on = :consentOn,
                            consent_type = :consentType, reservations = :reservations, declarations = :declarations,
                            in_force_for_state_on = :inForce, as_of = :asOf, source = :source, updated_by = :by,
                            updated_at = :at, version = version + 1
                        where code = :code and version = :version""")
                        .param("signedOn", facts.signedOn())
                        .param("consentOn", facts.consentOn())
                        .param("consentType", facts.consentType())
                        .param("reservations", facts.reservations())
                        .param("declarations", facts.declarations())
                        .param("inForce", facts.inForceForStateOn())
                        .param("asOf", facts.asOf())
                        .param("source", facts.source())
                        .param("by", by)
                        .param("at", Timestamps.offset(at))
                        .param("code", code)
                        .param("version", version)
                        .update()
                == 1;
    }

    void addHistory(String code, Instant at, String by, String factsJson) {
        jdbc.sql("""
                insert into monitoring_instrument_history (instrument_code, at, by_user, facts)
                values (:code, :at, :by, cast(:facts as jsonb))""")
                .param("code", code)
                .param("at", Timestamps.offset(at))
                .param("by", by)
                .param("facts", factsJson)
                .update();
    }

    List<InstrumentView.Change> historyOf(String code) {
        return jdbc.sql("""
                        select at, by_user, facts::text from monitoring_instrument_history
                        where instrument_code = :code order by at desc, id desc""")
                .param("code", code)
                .query((rs, n) ->
                        new InstrumentView.Change(Timestamps.instant(rs, 1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private static InstrumentView view(ResultSet rs, int row) throws SQLException {
        return new InstrumentView(
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("short_title"),
                rs.getString("body"),
                rs.getString("treaty_reference"),
                rs.getObject("adopted_on", LocalDate.class),
                rs.getObject("in_force_on", LocalDate.class),
                rs.getString("region"),
                rs.getString("named_in"),
                rs.getString("source_url"),
                new InstrumentView.StateFacts(
                        rs.getObject("signed_on", LocalDate.class),
                        rs.getObject("consent_on", LocalDate.class),
                        rs.getString("consent_type"),
                        rs.getString("reservations"),
                        rs.getString("declarations"),
                        rs.getObject("in_force_for_state_on", LocalDate.class),
                        rs.getObject("as_of", LocalDate.class),
                        rs.getString("source")),
                rs.getString("updated_by"),
                Timestamps.nullableInstant(rs, "updated_at"),
                rs.getLong("version"));
    }
}
