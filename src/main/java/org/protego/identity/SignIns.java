package org.protego.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.protego.audit.AuditTrail;
import org.protego.shared.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks a staff sign-in: password, then TOTP code, with a lockout after repeated failures. */
@Service
class SignIns {

    sealed interface Outcome {}

    record SignedIn(StaffMember staffMember) implements Outcome {}

    record Refused() implements Outcome {}

    record Locked() implements Outcome {}

    private final Users users;
    private final PasswordEncoder passwordEncoder;
    private final TotpCodes totpCodes;
    private final FieldCipher cipher;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final int maxFailedSignIns;
    private final Duration lockout;
    private final String hashForUnknownUsers;

    SignIns(
            Users users,
            PasswordEncoder passwordEncoder,
            TotpCodes totpCodes,
            FieldCipher cipher,
            AuditTrail auditTrail,
            Clock clock,
            @Value("${protego.security.max-failed-logins}") int maxFailedSignIns,
            @Value("${protego.security.lockout-minutes}") long lockoutMinutes) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.totpCodes = totpCodes;
        this.cipher = cipher;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.maxFailedSignIns = maxFailedSignIns;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
        this.hashForUnknownUsers = passwordEncoder.encode("unknown-user-timing-equaliser");
    }

    @Transactional
    Outcome attempt(String username, String password, String code) {
        Optional<Users.StoredUser> found = users.byUsername(username == null ? "" : username.trim());
        if (found.isEmpty()) {
            // Spend the same time as for a real user, so response times do not reveal which names exist.
            passwordEncoder.matches(password == null ? "" : password, hashForUnknownUsers);
            return new Refused();
        }
        Users.StoredUser user = found.get();
        Instant now = clock.instant();
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
            auditTrail.recordAs(
                    user.username(), "sign-in.refused-locked", "user", user.id().toString(), "");
            return new Locked();
        }
        boolean passwordMatches = password != null && passwordEncoder.matches(password, user.passwordHash());
        OptionalLong step = passwordMatches
                ? totpCodes.matchingStep(
                        cipher.decrypt(user.totpSecretEncrypted(), Users.TOTP_SECRET.row(user.id())), code)
                : OptionalLong.empty();
        if (!user.enabled() || step.isEmpty() || !users.recordSuccessfulSignIn(user.id(), step.getAsLong())) {
            users.recordFailedSignIn(user.id(), maxFailedSignIns, now.plus(lockout));
            auditTrail.recordAs(
                    user.username(),
                    "sign-in.failed",
                    "user",
                    user.id().toString(),
                    passwordMatches ? "second factor refused" : "password refused");
            return user.failedSignIns() + 1 >= maxFailedSignIns ? new Locked() : new Refused();
        }
        auditTrail.recordAs(
                user.username(), "sign-in.succeeded", "user", user.id().toString(), "");
        return new SignedIn(user.asStaffMember());
    }
}
