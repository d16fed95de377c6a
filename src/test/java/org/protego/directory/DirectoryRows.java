package org.protego.directory;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a service straight into the directory's tables, for tests of modules that refer to services and do not test
 * the directory itself. The HSDS document is the smallest one the columns describe.
 */
public final class DirectoryRows {

    private DirectoryRows() {}

    /** A service of the organisation; returns the service's id. {@code sexes} empty means open to every sex. */
    public static UUID insertService(
            JdbcClient jdbc,
            UUID organisationId,
            String serviceName,
            String need,
            Integer minimumAge,
            Integer maximumAge,
            List<String> sexes,
            List<String> languages) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String organisationName = jdbc.sql("select name from identity_organisation where id = :id")
                .param("id", organisationId)
                .query(String.class)
                .single();
        jdbc.sql("update identity_organisation set kind = 'service_provider' where id = :id")
                .param("id", organisationId)
                .update();
        UUID directoryOrganisation = jdbc.sql("select id from directory_organisation where organisation_id = :id")
                .param("id", organisationId)
                .query(UUID.class)
                .optional()
                .orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    jdbc.sql("""
                                    insert into directory_organisation (id, organisation_id, name, sector, document, updated_at)
                                    values (:id, :organisation, :name, 'social_welfare', cast(:document as jsonb), :now)""")
                            .param("id", id)
                            .param("organisation", organisationId)
                            .param("name", organisationName)
                            .param(
                                    "document",
                                    "{\"id\":\"" + id + "\",\"name\":\"" + organisationName
                                            + "\",\"description\":\"-\"}")
                            .param("now", now)
                            .update();
                    return id;
                });
        UUID serviceId = UUID.randomUUID();
        jdbc.sql("""
                        insert into directory_service (id, directory_organisation_id, status, name, minimum_age, maximum_age,
                            sexes, languages, needs, areas, document, created_at, updated_at, updated_by)
                        values (:id, :organisation, 'active', :name, :minimum, :maximum, :sexes, :languages, :needs,
                            '{}', cast(:document as jsonb), :now, :now, 'test')""")
                .param("id", serviceId)
                .param("organisation", directoryOrganisation)
                .param("name", serviceName)
                .param("minimum", minimumAge)
                .param("maximum", maximumAge)
                .param("sexes", sexes.isEmpty() ? null : sexes.toArray(String[]::new))
                .param("languages", languages.toArray(String[]::new))
                .param("needs", new String[] {need})
                .param(
                        "document",
                        "{\"id\":\"" + serviceId + "\",\"name\":\"" + serviceName + "\",\"status\":\"active\"}")
                .param("now", now)
                .update();
        return serviceId;
    }

    /** Opens the service on a weekday (1 = Monday) between two times. */
    public static void insertOpening(JdbcClient jdbc, UUID serviceId, int day, String opens, String closes) {
        jdbc.sql("""
                        insert into directory_opening (service_id, day, opens, closes)
                        values (:service, :day, cast(:opens as time), cast(:closes as time))""")
                .param("service", serviceId)
                .param("day", day)
                .param("opens", opens)
                .param("closes", closes)
                .update();
    }
}
