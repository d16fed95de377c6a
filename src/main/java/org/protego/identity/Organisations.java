package org.protego.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisations of the deployment, as stored. */
@Repository
class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Organisation> named(String name) {
        return jdbc.sql("select id, name from identity_organisation where name = :name")
                .param("name", name)
                .query((rs, n) -> new Organisation(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }

    Optional<Organisation> byId(UUID id) {
        return jdbc.sql("select id, name from identity_organisation where id = :id")
                .param("id", id)
                .query((rs, n) -> new Organisation(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }

    List<Organisation> all() {
        return jdbc.sql("select id, name from identity_organisation order by name")
                .query((rs, n) -> new Organisation(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    /** Marks the organisation a service provider; false if it already was one. */
    boolean markServiceProvider(UUID id) {
        return jdbc.sql("""
                        update identity_organisation set kind = 'service_provider'
                        where id = :id and kind <> 'service_provider'""").param("id", id).update() == 1;
    }

    boolean providesServices(UUID id) {
        return jdbc.sql("select kind = 'service_provider' from identity_organisation where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Marks a general organisation a company; false if it already was one or is a service provider. */
    boolean markCompany(UUID id) {
        return jdbc.sql("update identity_organisation set kind = 'company' where id = :id and kind = 'general'")
                        .param("id", id)
                        .update()
                == 1;
    }

    boolean isCompany(UUID id) {
        return jdbc.sql("select kind = 'company' from identity_organisation where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Creates the organisation unless one of that name exists; returns whichever is stored. */
    Organisation ensure(String name, Instant now) {
        jdbc.sql("""
                insert into identity_organisation (id, name, created_at) values (:id, :name, :now)
                on conflict (name) do nothing""")
                .param("id", UUID.randomUUID())
                .param("name", name)
                .param("now", Timestamps.offset(now))
                .update();
        return named(name).orElseThrow();
    }
}
