package org.protego.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Other modules look a service up by its HSDS id and check a child's age and sex against its eligibility. */
@ProtegoTest
class ServiceDirectoryTest {

    @LocalServerPort
    int port;

    @Autowired
    ServiceDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aServiceIsFoundWithItsProviderAndEligibility() {
        Api api = new Api(port);
        String shelter = "shelter-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(shelter, "SERVICE_PROVIDER");
        UUID organisationId = jdbc.sql("select id from identity_organisation where name = :name")
                .param("name", shelter)
                .query(UUID.class)
                .single();
        UUID serviceId = DirectoryRows.insertService(
                jdbc, organisationId, "Safe House for Girls", "shelter", 12, 17, List.of("female"), List.of("ar"));
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("case-worker", null, "ROLE_CASE_WORKER"));

        ServiceSummary found = directory.service(serviceId).orElseThrow();

        assertThat(found.organisationId()).isEqualTo(organisationId);
        assertThat(found.organisationName()).isEqualTo(shelter);
        assertThat(found.needs()).containsExactly("shelter");
        assertThat(found.fitsAge(14)).isTrue();
        assertThat(found.fitsAge(11)).isFalse();
        assertThat(found.fitsSex("female")).isTrue();
        assertThat(found.fitsSex("male")).isFalse();
        assertThat(directory.service(UUID.randomUUID())).isEmpty();
    }
}
