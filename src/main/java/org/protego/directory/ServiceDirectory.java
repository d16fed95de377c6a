package org.protego.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks services up for other modules, such as referrals, which send a child to one. Directory data is public. */
@Service
public class ServiceDirectory {

    private final JdbcClient jdbc;

    ServiceDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The service with this HSDS id, whatever its status. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ServiceSummary> service(UUID serviceId) {
        return jdbc.sql("""
                        select s.id, s.name, s.status, o.organisation_id, o.name, o.sector, s.minimum_age, s.maximum_age,
                               s.sexes, s.languages, s.needs
                        from directory_service s join directory_organisation o on o.id = s.directory_organisation_id
                        where s.id = :id""")
                .param("id", serviceId)
                .query(ServiceDirectory::summaryOf)
                .optional();
    }

    /**
     * The sector of each of these services that has one. No sign-in is asked for: sectors are on the public directory
     * pages, and background work such as monitoring's counts runs with nobody signed in.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> sectors(Collection<UUID> serviceIds) {
        Map<UUID, String> sectors = new HashMap<>();
        jdbc.sql("""
                        select s.id, o.sector
                        from directory_service s join directory_organisation o on o.id = s.directory_organisation_id
                        where s.id = any(:ids) and o.sector is not null""")
                .param("ids", serviceIds.toArray(UUID[]::new))
                .query((rs, row) -> sectors.put(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        return sectors;
    }

    static ServiceSummary summaryOf(ResultSet rs, int row) throws SQLException {
        return new ServiceSummary(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, UUID.class),
                rs.getString(5),
                rs.getString(6),
                rs.getBigDecimal(7),
                rs.getBigDecimal(8),
                texts(rs.getArray(9)),
                texts(rs.getArray(10)),
                texts(rs.getArray(11)));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
