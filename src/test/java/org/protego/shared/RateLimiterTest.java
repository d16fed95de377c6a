package org.protego.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void ipv4AddressesAreLimitedOneByOne() {
        assertThat(RateLimiter.clientKey("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void ipv6AddressesAreLimitedByTheirSlash64() {
        assertThat(RateLimiter.clientKey("2001:db8:1:2:3:4:5:6"))
                .isEqualTo(RateLimiter.clientKey("2001:0db8:0001:0002:ffff::1"))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(RateLimiter.clientKey("2001:db8:1:3::1")).isNotEqualTo(RateLimiter.clientKey("2001:db8:1:2::1"));
    }

    @Test
    void anIpv4MappedAddressCountsAsItsIpv4Address() {
        assertThat(RateLimiter.clientKey("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void aZoneIdDoesNotMakeANewClient() {
        assertThat(RateLimiter.clientKey("fe80::1%eth0")).isEqualTo(RateLimiter.clientKey("fe80::1"));
    }

    @Test
    void aClientBeyondItsAllowanceIsRefusedUntilItRefills() {
        var limiter = new RateLimiter(2);

        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
        assertThat(limiter.tryAcquire("b")).isTrue();
    }

    @Test
    void whenTooManyClientsAreTrackedTheLeastRecentlyUsedIsForgottenNotEveryone() {
        var limiter = new RateLimiter(1, 3);
        limiter.tryAcquire("flooder-1");
        limiter.tryAcquire("active");
        limiter.tryAcquire("flooder-2");
        limiter.tryAcquire("active");

        limiter.tryAcquire("flooder-3");

        assertThat(limiter.isTracked("flooder-1")).isFalse();
        assertThat(limiter.isTracked("active")).isTrue();
        assertThat(limiter.tryAcquire("active"))
                .as("its used-up allowance was kept")
                .isFalse();
    }

    @Test
    void aLimitOfZeroAllowsEverything() {
        var limiter = new RateLimiter(0);

        for (int i = 0; i < 100; i++) {
            assertThat(limiter.tryAcquire("a")).isTrue();
        }
    }
}
