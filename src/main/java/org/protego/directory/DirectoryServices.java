package org.protego.directory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directory's organisations and services as stored: each HSDS document beside the columns rebuilt from it, and
 * the opening hours of its weekly schedules.
 */
@Repository
class DirectoryServices {

    /** A service as stored, with its organisation's document apart. */
    record Stored(HsdsService service, HsdsService.Organization organization) {

        /** The fully nested service, as HSDS's {@code /services/{id}} gives it. */
        HsdsService full() {
            return service.withOrganization(organization);
        }
    }

    private final JdbcClient jdbc;

    DirectoryServices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The HSDS id of the organisation's directory entry, if it has one. */
    Optional<UUID> directoryOrganisationOf(UUID organisationId) {
        return jdbc.sql("select id from directory_organisation where organisation_id = :organisation")
                .param("organisation", organisationId)
                .query(UUID.class)
                .optional();
    }

    /** The Protego organisation whose directory entry has this HSDS id, if any. */
    Optional<UUID> organisationWithEntry(UUID directoryOrganisationId) {
        return jdbc.sql("select organisation_id from directory_organisation where id = :id")
                .param("id", directoryOrganisationId)
                .query(UUID.class)
                .optional();
    }

    /** The directory organisation a service belongs to, if the service exists; locks it until the end. */
    Optional<UUID> ownerOfService(UUID serviceId) {
        return jdbc.sql("select directory_organisation_id from directory_service where id = :id for update")
                .param("id", serviceId)
                .query(UUID.class)
                .optional();
    }

    void saveOrganisation(UUID organisationId, HsdsService.Organization organization, String sector, Instant now) {
        jdbc.sql("""
                        insert into directory_organisation (id, organisation_id, name, sector, document, updated_at)
                        values (:id, :organisation, :name, :sector, cast(:document as jsonb), :now)
                        on conflict (id) do update set name = excluded.name, sector = excluded.sector,
                            document = excluded.document, updated_at = excluded.updated_at""")
                .param("id", organization.id())
                .param("organisation", organisationId)
                .param("name", organization.name())
                .param("sector", sector)
                .param("document", HsdsJson.text(organization))
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Stores the service (its organisation apart) and rebuilds its columns and openings; true if it is new. */
    boolean saveService(HsdsService service, ServiceColumns columns, Instant now, String by) {
        boolean created = jdbc.sql("""
                        insert into directory_service (id, directory_organisation_id, status, name, minimum_age,
                            maximum_age, sexes, languages, needs, areas, document, created_at, updated_at, updated_by)
                        values (:id, :organisation, :status, :name, :minimum, :maximum, :sexes, :languages, :needs,
                            :areas, cast(:document as jsonb), :now, :now, :by)
                        on conflict (id) do update set status = excluded.status, name = excluded.name,
                            minimum_age = excluded.minimum_age, maximum_age = excluded.maximum_age,
                            sexes = excluded.sexes, languages = excluded.languages, needs = excluded.needs,
                            areas = excluded.areas, document = excluded.document, updated_at = excluded.updated_at,
                            updated_by = excluded.updated_by
                        returning (xmax = 0)""")
                .param("id", service.id())
                .param("organisation", service.organizationId())
                .param("status", columns.status())
                .param("name", columns.name())
                .param("minimum", columns.minimumAge())
                .param("maximum", columns.maximumAge())
                .param(
                        "sexes",
                        columns.sexes().isEmpty() ? null : columns.sexes().toArray(String[]::new))
                .param("languages", columns.languages().toArray(String[]::new))
                .param("needs", columns.needs().toArray(String[]::new))
                .param("areas", columns.areas().toArray(String[]::new))
                .param("document", HsdsJson.text(service))
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .query(Boolean.class)
                .single();
        jdbc.sql("delete from directory_opening where service_id = :id")
                .param("id", service.id())
                .update();
        for (ServiceColumns.Opening opening : columns.openings()) {
            jdbc.sql("""
                            insert into directory_opening (service_id, day, opens, closes, valid_from, valid_to)
                            values (:service, :day, :opens, :closes, :from, :to)""")
                    .param("service", service.id())
                    .param("day", opening.day())
                    .param("opens", opening.opens())
                    .param("closes", opening.closes())
                    .param("from", opening.validFrom())
                    .param("to", opening.validTo())
                    .update();
        }
        return created;
    }

    Optional<Stored> service(UUID id) {
        return jdbc.sql("""
                        select s.document, o.document
                        from directory_service s join directory_organisation o on o.id = s.directory_organisation_id
                        where s.id = :id""")
                .param("id", id)
                .query((rs, row) ->
                        new Stored(HsdsJson.service(rs.getString(1)), HsdsJson.organization(rs.getString(2))))
                .optional();
    }

    /** Every service, by name, for a full export. */
    List<Stored> all() {
        return jdbc.sql("""
                        select s.document, o.document
                        from directory_service s join directory_organisation o on o.id = s.directory_organisation_id
                        order by s.name, s.id""")
                .query((rs, row) ->
                        new Stored(HsdsJson.service(rs.getString(1)), HsdsJson.organization(rs.getString(2))))
                .list();
    }
}
