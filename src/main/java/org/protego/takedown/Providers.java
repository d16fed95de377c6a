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

/** The hosting providers of the directory, as stored. */
@Repository
class Providers {

    private final JdbcClient jdbc;

    Providers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Provider provider, Instant now) {
        jdbc.sql("""
                insert into takedown_provider (id, name, abuse_contact, country, language, upstream_id, organisation_id,
                                               created_at)
                values (:id, :name, :contact, :country, :language, :upstream, :org, :now)""")
                .param("id", provider.id())
                .param("name", provider.name())
                .param("contact", provider.abuseContact())
                .param("country", provider.country())
                .param("language", provider.language())
                .param("upstream", provider.upstreamId())
                .param("org", provider.organisationId())
                .param("now", offset(now))
                .update();
    }

    List<Provider> all() {
        return jdbc.sql("select * from takedown_provider order by country, name")
                .query(Providers::providerFrom)
                .list();
    }

    Optional<Provider> provider(UUID id) {
        return id == null
                ? Optional.empty()
                : jdbc.sql("select * from takedown_provider where id = :id")
                        .param("id", id)
                        .query(Providers::providerFrom)
                        .optional();
    }

    private static Provider providerFrom(ResultSet rs, int row) throws SQLException {
        return new Provider(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("abuse_contact"),
                rs.getString("country"),
                rs.getString("language"),
                rs.getObject("upstream_id", UUID.class),
                rs.getObject("organisation_id", UUID.class));
    }
}
