package org.protego.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The identity settings under {@code protego.security}, checked at start-up. A rate limit of zero turns that limit
 * off.
 *
 * @param maxFailedLogins failed sign-ins in a row before an account locks
 * @param lockoutMinutes how long a locked account stays locked
 * @param tokenLifetime how long an API token is accepted after it is issued
 * @param signInsPerAddressPerMinute sign-in attempts one client address may make a minute
 * @param signInsPerUserPerMinute sign-in attempts for one user name a minute, from anywhere
 * @param enrolmentsPerMinute enrolment attempts one client address may make a minute
 */
@ConfigurationProperties("protego.security")
record IdentitySettings(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15") int lockoutMinutes,
        @DefaultValue("P90D") Duration tokenLifetime,
        @DefaultValue("20") int signInsPerAddressPerMinute,
        @DefaultValue("10") int signInsPerUserPerMinute,
        @DefaultValue("10") int enrolmentsPerMinute) {

    IdentitySettings {
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("protego.security.max-failed-logins must be at least 1");
        }
        if (lockoutMinutes < 1) {
            throw new IllegalArgumentException("protego.security.lockout-minutes must be at least 1");
        }
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException(
                    "protego.security.token-lifetime must be a positive duration, for example P90D");
        }
        if (signInsPerAddressPerMinute < 0 || signInsPerUserPerMinute < 0 || enrolmentsPerMinute < 0) {
            throw new IllegalArgumentException("protego.security rate limits must be zero (off) or more");
        }
    }

    Duration lockout() {
        return Duration.ofMinutes(lockoutMinutes);
    }
}
