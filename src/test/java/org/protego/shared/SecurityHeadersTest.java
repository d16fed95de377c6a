package org.protego.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@ProtegoTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void everyPageCarriesAStrictContentSecurityPolicyNoReferrerAndFrameDenial() {
        var api = new Api(port);
        for (String path : new String[] {"/", "/report", "/login", "/api/v1/queue"}) {
            var response = api.get(path, null);
            assertThat(response.header("Content-Security-Policy"))
                    .contains("default-src 'none'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        }
    }

    @Test
    void staffPagesAskAnonymousVisitorsToSignIn() {
        var response = new Api(port).get("/staff/queue", null);

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login");
    }

    @Test
    void apiRefusesAnonymousCallersWithAProblem() {
        var response = new Api(port).get("/api/v1/queue", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void unknownTokenIsRefused() {
        assertThat(new Api(port).get("/api/v1/queue", "ptg_not-a-real-token").status())
                .isEqualTo(401);
    }

    @Test
    void revokedTokenStopsWorking() {
        var api = new Api(port);
        var analyst = api.createUser("hotline", "ANALYST");
        assertThat(api.get("/api/v1/queue", analyst.token()).status()).isEqualTo(200);

        api.postJson("/api/v1/admin/users/" + analyst.id() + "/tokens/revoke", api.adminToken(), "{}");

        assertThat(api.get("/api/v1/queue", analyst.token()).status()).isEqualTo(401);
    }

    @Test
    void healthAnswersUpForAutomation() {
        var response = new Api(port).get("/actuator/health", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        var spec = new Api(port).get("/v3/api-docs", null).json();

        assertThat(spec.get("openapi").asString()).startsWith("3.");
        assertThat(spec.get("paths").has("/api/v1/reports")).isTrue();
        assertThat(spec.get("paths").has("/api/v1/url-items/{id}/assessment")).isTrue();
        assertThat(spec.get("paths").has("/api/v1/audit/verify")).isTrue();
    }
}
