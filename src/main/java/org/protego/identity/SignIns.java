package org.protego.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.protego.audit.AuditTrail;
import org.protego.shared.FieldCipher;
import org.protego.shared.RateLimiter;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a staff sign-in: password, then TOTP code, with a lockout after repeated failures and a limit on attempts
 * per client address and per user name. Whatever the reason for a refusal, the answer is the same.
 */
@Service
class SignIns {

    sealed interface Outcome {}

    record SignedIn(StaffMember staffMember, Instant at) implements Outcome {}

    record Refused() implements Outcome {}

    /** No real user name is longer; a longer one is cut so that it cannot grow the rate limiter's keys. */
    private static final int MAX_USERNAME_KEY = 64;

    private final Users users;
    private final PasswordEncoder passwordEncoder;
    private final TotpCodes totpCodes;
    private final FieldCipher cipher;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final IdentitySettings settings;
    private final RateLimiter perAddress;
    private final RateLimiter perUsername;
    private final String hashForUsersWithoutPassword;

    SignIns(
            Users users,
            PasswordEncoder passwordEncoder,
            TotpCodes totpCodes,
            FieldCipher cipher,
            AuditTrail auditTrail,
            Clock clock,
            IdentitySettings settings) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.totpCodes = totpCodes;
        this.cipher = cipher;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.settings = settings;
        this.perAddress = new RateLimiter(settings.signInsPerAddressPerMinute());
        this.perUsername = new RateLimiter(settings.signInsPerUserPerMinute());
        this.hashForUsersWithoutPassword = passwordEncoder.encode("unknown-user-timing-equaliser");
    }

    @Transactional
    Outcome attempt(String username, String password, String code, String clientAddress) {
        String name = username == null ? "" : username.trim();
        String nameKey =
                name.substring(0, Math.min(name.length(), MAX_USERNAME_KEY)).toLowerCase(Locale.ROOT);
        if (!perAddress.tryAcquire(RateLimiter.clientKey(clientAddress)) || !perUsername.tryAcquire(nameKey)) {
            // Throttled before any password is checked: a flood costs no Argon2 work.
            return new Refused();
        }
        Optional<Users.StoredUser> found = users.byUsername(name);
        // The password is checked in every case, against a stand-in hash for unknown and not yet enrolled users,
        // so that response times tell no unknown, locked or unenrolled account from any other.
        boolean passwordMatches = passwordEncoder.matches(
                        password == null ? "" : password,
                        found.map(Users.StoredUser::passwordHash).orElse(hashForUsersWithoutPassword))
                && found.filter(Users.StoredUser::enrolled).isPresent();
        if (found.isEmpty()) {
            return new Refused();
        }
        Users.StoredUser user = found.get();
        Instant now = clock.instant();
        if (user.lockedAt(now)) {
            auditTrail.recordAs(
                    user.username(), "sign-in.refused-locked", "user", user.id().toString(), "");
            return new Refused();
        }
        OptionalLong step = passwordMatches
                ? totpCodes.matchingStep(
                        cipher.decrypt(user.totpSecretEncrypted(), Users.TOTP_SECRET.row(user.id())), code)
                : OptionalLong.empty();
        if (!user.enabled() || step.isEmpty() || !users.recordSuccessfulSignIn(user.id(), step.getAsLong())) {
            users.recordFailedSignIn(user.id(), settings.maxFailedLogins(), now, now.plus(settings.lockout()));
            auditTrail.recordAs(
                    user.username(),
                    "sign-in.failed",
                    "user",
                    user.id().toString(),
                    passwordMatches ? "second factor refused" : "password refused");
            return new Refused();
        }
        auditTrail.recordAs(
                user.username(), "sign-in.succeeded", "user", user.id().toString(), "");
        return new SignedIn(user.asStaffMember(), now);
    }
}
