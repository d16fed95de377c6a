package org.protego.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"protego.rate-limit.reports-per-minute=3", "protego.rate-limit.status-lookups-per-minute=2"})
@ActiveProfiles("test")
class RateLimitTest {

    @LocalServerPort
    int port;

    @Test
    void reportsBeyondTheLimitPerAddressAreAnsweredWith429() {
        var api = new Api(port);
        var report = Map.<String, Object>of("category", "other", "description", "flood");
        for (int i = 0; i < 3; i++) {
            assertThat(api.postJson("/api/v1/reports", null, report).status()).isEqualTo(201);
        }

        var refused = api.postJson("/api/v1/reports", null, report);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isEqualTo("60");
    }

    @Test
    void statusLookupsAreLimitedSoCodesCannotBeGuessed() {
        var api = new Api(port);
        var guess = Map.of("reference", "PR-0000-0000", "followUpCode", "0000-0000-0000");
        api.postJson("/api/v1/reports/status", null, guess);
        api.postJson("/api/v1/reports/status", null, guess);

        assertThat(api.postJson("/api/v1/reports/status", null, guess).status()).isEqualTo(429);
    }
}
