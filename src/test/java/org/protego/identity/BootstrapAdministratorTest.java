package org.protego.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A new deployment, with a database of its own that has no administrator yet: the bootstrap token is in place before
 * the server answers, health is not UP while start-up work runs, and the token stops working once a real
 * administrator exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(BootstrapAdministratorTest.WhileStarting.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BootstrapAdministratorTest {

    static final Path FRESH_DATA_DIR = Path.of("target", "fresh-deployment-" + UUID.randomUUID());

    @DynamicPropertySource
    static void freshDeployment(DynamicPropertyRegistry registry) {
        registry.add("protego.data-dir", FRESH_DATA_DIR::toString);
    }

    /** What a client polling the server saw while application runners, the last start-up work, were running. */
    @TestConfiguration
    static class WhileStarting {

        static Api.Response health;
        static Api.Response adminCall;

        @Bean
        ApplicationRunner askTheServerWhileStarting(Environment environment) {
            return args -> {
                var api = new Api(environment.getRequiredProperty("local.server.port", Integer.class));
                health = api.get("/actuator/health", null);
                adminCall = api.get(
                        "/api/v1/admin/organisations",
                        environment.getRequiredProperty("PROTEGO_BOOTSTRAP_ADMIN_TOKEN"));
            };
        }
    }

    @LocalServerPort
    int port;

    @Value("${PROTEGO_BOOTSTRAP_ADMIN_TOKEN}")
    String bootstrapToken;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BootstrapAdministrator bootstrapAdministrator;

    @Test
    void healthIsNotUpWhileStartUpWorkRunsAndUpOnceItIsDone() {
        assertThat(WhileStarting.health.status()).isEqualTo(503);
        assertThat(WhileStarting.health.body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");

        var now = new Api(port).get("/actuator/health", null);
        assertThat(now.status()).isEqualTo(200);
        assertThat(now.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void theBootstrapTokenWorksBeforeHealthIsEverUp() {
        assertThat(WhileStarting.adminCall.status()).isEqualTo(200);
    }

    @Test
    void theBootstrapTokenIsRefusedOnceAnotherAdministratorExistsAndRevokedAtTheNextStart() {
        var api = new Api(port);
        assertThat(createUser(api, "ANALYST").status()).isEqualTo(201);
        assertThat(api.get("/api/v1/admin/organisations", bootstrapToken).status())
                .as("a user without the administrator role leaves the bootstrap token working")
                .isEqualTo(200);

        assertThat(createUser(api, "ADMIN").status()).isEqualTo(201);

        var refused = api.get("/api/v1/admin/organisations", bootstrapToken);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("bootstrap");
        bootstrapAdministrator.afterSingletonsInstantiated();
        assertThat(jdbc.sql("""
                        select count(*) from identity_api_token t join identity_user u on u.id = t.user_id
                        where u.username = 'bootstrap-admin' and t.revoked_at is null""").query(Integer.class).single()).isZero();
    }

    private Api.Response createUser(Api api, String role) {
        return api.postJson(
                "/api/v1/admin/users",
                bootstrapToken,
                Map.of(
                        "username",
                        "first-" + UUID.randomUUID().toString().substring(0, 8),
                        "roles",
                        List.of(role),
                        "organisation",
                        "hotline"));
    }
}
