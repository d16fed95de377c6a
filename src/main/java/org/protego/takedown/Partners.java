package org.protego.takedown;

import static org.protego.shared.Timestamps.offset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partner hotlines and law enforcement points of the directory, as stored. */
@Repository
class Partners {

    private final JdbcClient jdbc;

    Partners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Partner partner, Instant now) {
        jdbc.sql("""
                insert into takedown_partner (id, kind, name, contact, country, language, organisation_id,
                                              recipient_for_country, created_at)
                values (:id, :kind, :name, :contact, :country, :language, :org, :recipient, :now)""")
                .param("id", partner.id())
                .param("kind", partner.kind().name())
                .param("name", partner.name())
                .param("contact", partner.contact())
                .param("country", partner.country())
                .param("language", partner.language())
                .param("org", partner.organisationId())
                .param("recipient", partner.recipientForCountry())
                .param("now", offset(now))
                .update();
    }

    /** Saves whether the partner is its organisation's recipient, the one thing about a partner that changes. */
    void save(Partner partner) {
        jdbc.sql("update takedown_partner set recipient_for_country = :recipient where id = :id")
                .param("recipient", partner.recipientForCountry())
                .param("id", partner.id())
                .update();
    }

    List<Partner> all() {
        return jdbc.sql("select * from takedown_partner order by country, kind, name")
                .query(Partners::partnerFrom)
                .list();
    }

    Optional<Partner> partner(UUID id) {
        return jdbc.sql("select * from takedown_partner where id = :id")
                .param("id", id)
                .query(Partners::partnerFrom)
                .optional();
    }

    /** The partner an organisation marked as its recipient of notices of a kind for a country, if any. */
    Optional<Partner> recipientFor(UUID organisationId, String country, RecipientKind kind) {
        return country == null
                ? Optional.empty()
                : jdbc.sql("""
                        select * from takedown_partner
                        where organisation_id = :org and country = :country and kind = :kind and recipient_for_country""")
                        .param("org", organisationId)
                        .param("country", country)
                        .param("kind", kind.name())
                        .query(Partners::partnerFrom)
                        .optional();
    }

    /**
     * Serialises changes to who is the recipient for one organisation, country and kind until the transaction ends, so
     * that two analysts marking at once leave one marked rather than failing on the unique index.
     */
    void lockRecipientChoice(Partner partner) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param(
                        "key",
                        "takedown-recipient|" + partner.organisationId() + "|" + partner.country() + "|"
                                + partner.kind().name())
                .query()
                .listOfRows();
    }

    private static Partner partnerFrom(ResultSet rs, int row) throws SQLException {
        return new Partner(
                rs.getObject("id", UUID.class),
                RecipientKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("contact"),
                rs.getString("country"),
                rs.getString("language"),
                rs.getObject("organisation_id", UUID.class),
                rs.getBoolean("recipient_for_country"));
    }
}
