package org.protego.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads services with their HSDS documents for the directory's pages, and the services an organisation provides. */
@Repository
class ServiceDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SUMMARY_COLUMNS = """
            select s.id, s.name, s.status, o.organisation_id, o.name, o.sector, s.minimum_age, s.maximum_age,
                   s.sexes, s.languages, s.needs
            from directory_service s join directory_organisation o on o.id = s.directory_organisation_id""";

    private final JdbcClient jdbc;

    ServiceDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredService> find(UUID serviceId) {
        return jdbc.sql("""
                        select s.id, o.organisation_id, o.name, s.status, s.name, s.sexes, s.languages, s.needs,
                               s.document::text, o.document::text
                        from directory_service s join directory_organisation o on o.id = s.directory_organisation_id
                        where s.id = :id""")
                .param("id", serviceId)
                .query(ServiceDocuments::storedService)
                .optional();
    }

    /** The services of one organisation, whatever their status, by name. */
    List<ServiceSummary> ofOrganisation(UUID organisationId) {
        return jdbc.sql(SUMMARY_COLUMNS + " where o.organisation_id = :organisation order by s.name, s.id")
                .param("organisation", organisationId)
                .query(ServiceDirectory::summaryOf)
                .list();
    }

    /** Every service of the directory, by organisation and name. */
    List<ServiceSummary> all() {
        return jdbc.sql(SUMMARY_COLUMNS + " order by o.name, s.name, s.id")
                .query(ServiceDirectory::summaryOf)
                .list();
    }

    /** The HSDS organization the directory holds for a Protego organisation, if it holds one. */
    Optional<JsonNode> organisationOf(UUID organisationId) {
        return jdbc.sql("select document::text from directory_organisation where organisation_id = :organisation")
                .param("organisation", organisationId)
                .query(String.class)
                .optional()
                .map(JSON::readTree);
    }

    /** The HSDS organization the directory holds under this name, if it holds one. */
    Optional<JsonNode> organisationNamed(String name) {
        return jdbc.sql("select document::text from directory_organisation where name = :name")
                .param("name", name)
                .query(String.class)
                .optional()
                .map(JSON::readTree);
    }

    private static StoredService storedService(ResultSet rs, int row) throws SQLException {
        return new StoredService(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                texts(rs.getArray(6)),
                texts(rs.getArray(7)),
                texts(rs.getArray(8)),
                JSON.readTree(rs.getString(9)),
                JSON.readTree(rs.getString(10)));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
