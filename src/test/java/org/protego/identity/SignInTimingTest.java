package org.protego.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.audit.AuditTrail;
import org.protego.shared.FieldCipher;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A refusal costs the same password check whatever its reason, so response times tell no account state apart. */
class SignInTimingTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    final CountingEncoder encoder = new CountingEncoder();
    final Users users = mock(Users.class);
    final SignIns signIns = new SignIns(
            users,
            encoder,
            mock(TotpCodes.class),
            mock(FieldCipher.class),
            mock(AuditTrail.class),
            Clock.fixed(NOW, ZoneOffset.UTC),
            new IdentitySettings(5, 15, Duration.ofDays(90), 0, 0, 0));

    @Test
    void aLockedAccountIsRefusedAfterTheSamePasswordCheckAsAnyOther() {
        when(users.byUsername("locked")).thenReturn(Optional.of(user("locked", "hash:secret", NOW.plusSeconds(60))));

        var outcome = signIns.attempt("locked", "a guess", "123456", "192.0.2.1");

        assertThat(outcome).isInstanceOf(SignIns.Refused.class);
        assertThat(encoder.checks).isEqualTo(1);
    }

    @Test
    void anUnlockedAccountWithAWrongPasswordCostsOnePasswordCheck() {
        when(users.byUsername("open")).thenReturn(Optional.of(user("open", "hash:secret", null)));

        var outcome = signIns.attempt("open", "a guess", "123456", "192.0.2.1");

        assertThat(outcome).isInstanceOf(SignIns.Refused.class);
        assertThat(encoder.checks).isEqualTo(1);
    }

    @Test
    void anUnknownOrNotYetEnrolledUserCostsOnePasswordCheckToo() {
        when(users.byUsername("nobody")).thenReturn(Optional.empty());
        when(users.byUsername("new")).thenReturn(Optional.of(user("new", null, null)));

        signIns.attempt("nobody", "a guess", "123456", "192.0.2.1");
        signIns.attempt("new", "a guess", "123456", "192.0.2.1");

        assertThat(encoder.checks).isEqualTo(2);
    }

    private static Users.StoredUser user(String name, String passwordHash, Instant lockedUntil) {
        return new Users.StoredUser(
                UUID.randomUUID(),
                name,
                passwordHash,
                passwordHash == null ? null : "encrypted",
                0,
                UUID.randomUUID(),
                "hotline",
                true,
                lockedUntil == null ? 0 : 5,
                lockedUntil,
                null,
                Set.of(Role.ANALYST),
                null,
                null);
    }

    static final class CountingEncoder implements PasswordEncoder {
        int checks;

        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks++;
            return encoded.equals("hash:" + raw);
        }
    }
}
