package org.protego.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each test speaks for its own client address through X-Forwarded-For, which Protego trusts from a proxy on the same
 * host, so that the tests never share a bucket.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"protego.rate-limit.reports-per-minute=3", "protego.rate-limit.status-lookups-per-minute=2"})
@ActiveProfiles("test")
class RateLimitTest {

    static final Map<String, Object> REPORT = Map.of("category", "other", "description", "flood");

    @LocalServerPort
    int port;

    Api.Response report(String path, String clientAddress) {
        return new Api(port).postJson(path, null, REPORT, Map.of("X-Forwarded-For", clientAddress));
    }

    @Test
    void reportsBeyondTheLimitPerAddressAreAnsweredWith429() {
        for (int i = 0; i < 3; i++) {
            assertThat(report("/api/v1/reports", "198.51.100.1").status()).isEqualTo(201);
        }

        var refused = report("/api/v1/reports", "198.51.100.1");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isEqualTo("60");
    }

    @Test
    void anotherAddressKeepsItsOwnAllowance() {
        for (int i = 0; i < 4; i++) {
            report("/api/v1/reports", "198.51.100.2");
        }

        assertThat(report("/api/v1/reports", "198.51.100.3").status()).isEqualTo(201);
    }

    @Test
    void aPercentEncodedPathCountsAsThePathItIsRoutedTo() {
        assertThat(report("/api/v1/report%73", "198.51.100.4").status())
                .as("the encoded path reaches the report endpoint")
                .isEqualTo(201);
        report("/api/v1/reports", "198.51.100.4");
        report("/api/v1/report%73", "198.51.100.4");

        assertThat(report("/api/v1/report%73", "198.51.100.4").status()).isEqualTo(429);
        assertThat(report("/api/v1/reports", "198.51.100.4").status()).isEqualTo(429);
    }

    @Test
    void addressesOfOneIpv6Slash64ShareOneAllowance() {
        for (int i = 1; i <= 3; i++) {
            assertThat(report("/api/v1/reports", "2001:db8:5:6::" + i).status()).isEqualTo(201);
        }

        assertThat(report("/api/v1/reports", "2001:db8:5:6:ffff::1").status()).isEqualTo(429);
        assertThat(report("/api/v1/reports", "2001:db8:5:7::1").status())
                .as("the neighbouring /64 is another subscriber")
                .isEqualTo(201);
    }

    @Test
    void statusLookupsAreLimitedSoCodesCannotBeGuessed() {
        var api = new Api(port);
        var guess = Map.of("reference", "PR-0000-0000", "followUpCode", "0000-0000-0000");
        var client = Map.of("X-Forwarded-For", "198.51.100.5");
        api.postJson("/api/v1/reports/status", null, guess, client);
        api.postJson("/api/v1/reports/status", null, guess, client);

        assertThat(api.postJson("/api/v1/reports/status", null, guess, client).status())
                .isEqualTo(429);
    }
}
