package org.protego.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.shared.FieldCipher;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.RateLimiter;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users set their own password and enrol their own TOTP secret with a one-time code an administrator gave them, so
 * that the administrator never knows either.
 */
@Service
class Enrolments {

    static final Duration CODE_LIFETIME = Duration.ofHours(72);

    /** RFC 4648 Base32: no 0, 1 or 8, so a code read aloud or copied by hand is not mistaken. */
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    /** 20 characters of 5 bits: 100 random bits, far beyond guessing at the rate attempts are allowed. */
    private static final int CODE_LENGTH = 20;

    record Enrolled(String username, String totpSecret, String otpauthUri) {}

    private final Users users;
    private final EnrolmentCodes codes;
    private final PasswordEncoder passwordEncoder;
    private final TotpCodes totpCodes;
    private final FieldCipher cipher;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final RateLimiter attempts;
    private final SecureRandom random = new SecureRandom();

    Enrolments(
            Users users,
            EnrolmentCodes codes,
            PasswordEncoder passwordEncoder,
            TotpCodes totpCodes,
            FieldCipher cipher,
            AuditTrail auditTrail,
            Clock clock,
            IdentitySettings settings) {
        this.users = users;
        this.codes = codes;
        this.passwordEncoder = passwordEncoder;
        this.totpCodes = totpCodes;
        this.cipher = cipher;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.attempts = new RateLimiter(settings.enrolmentsPerMinute());
    }

    /** A new code for the user, valid for 72 hours; any older code of the user stops working. */
    @Transactional(propagation = Propagation.MANDATORY)
    EnrolmentCode issue(UUID userId) {
        var code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(CODE_LIFETIME);
        codes.issue(userId, IdentityManagement.hashOfToken(code.toString()), now, expiresAt);
        return new EnrolmentCode(userId, grouped(code.toString()), expiresAt);
    }

    /** When the user's waiting enrolment code expires, if one is waiting. */
    Optional<Instant> openUntil(UUID userId) {
        return codes.openUntil(userId, clock.instant());
    }

    /** Takes one attempt from the client's allowance; false when it is used up for this minute. */
    boolean admits(String remoteAddress) {
        return attempts.tryAcquire(RateLimiter.clientKey(remoteAddress));
    }

    /**
     * Sets the user's password and a new TOTP secret, which is returned this once, and uses the code up. A wrong,
     * expired, withdrawn or used code is refused in one and the same way.
     */
    @Transactional
    Enrolled enrol(String code, String password) {
        List<FieldProblem> problems = new ArrayList<>();
        String chosen = password == null ? "" : password;
        if (chosen.length() < IdentityManagement.MIN_PASSWORD_LENGTH
                || chosen.length() > IdentityManagement.MAX_PASSWORD_LENGTH) {
            problems.add(IdentityError.PASSWORD_LENGTH.problem(
                    String.valueOf(IdentityManagement.MIN_PASSWORD_LENGTH),
                    String.valueOf(IdentityManagement.MAX_PASSWORD_LENGTH)));
        }
        Instant now = clock.instant();
        String codeHash = IdentityManagement.hashOfToken(normalised(code));
        Optional<Users.StoredUser> user = codes.userOfOpenCode(codeHash, now).flatMap(users::byId);
        if (user.isEmpty()) {
            problems.add(IdentityError.CODE_INVALID.problem());
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        if (!codes.use(codeHash, now)) {
            throw new InvalidRequestException(List.of(IdentityError.CODE_INVALID.problem()));
        }
        Users.StoredUser enrolling = user.get();
        String secret = totpCodes.newSecret();
        users.enrol(
                enrolling.id(),
                passwordEncoder.encode(chosen),
                cipher.encrypt(secret, Users.TOTP_SECRET.row(enrolling.id())));
        auditTrail.recordAs(
                enrolling.username(), "user.enrolled", "user", enrolling.id().toString(), "");
        return new Enrolled(enrolling.username(), secret, TotpCodes.provisioningUri(enrolling.username(), secret));
    }

    /** The code as typed, without the dashes and spaces it is shown with, and in upper case. */
    static String normalised(String code) {
        if (code == null) {
            return "";
        }
        // Longer input cannot be a code; cutting it keeps hashing cheap.
        String trimmed = code.length() > 4 * CODE_LENGTH ? code.substring(0, 4 * CODE_LENGTH) : code;
        return trimmed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String grouped(String code) {
        var shown = new StringBuilder();
        for (int i = 0; i < code.length(); i += 4) {
            if (i > 0) {
                shown.append('-');
            }
            shown.append(code, i, Math.min(code.length(), i + 4));
        }
        return shown.toString();
    }
}
