package org.protego.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.shared.ConflictException;
import org.protego.shared.FieldCipher;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations, staff users, roles and API tokens. */
@Service
public class IdentityManagement {

    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 128;
    private static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,63}";
    private static final int MAX_ORGANISATION_NAME_LENGTH = 100;

    private final Users users;
    private final Organisations organisations;
    private final PasswordEncoder passwordEncoder;
    private final TotpCodes totpCodes;
    private final FieldCipher cipher;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final String hotlineOrganisationName;
    private final SecureRandom random = new SecureRandom();

    IdentityManagement(
            Users users,
            Organisations organisations,
            PasswordEncoder passwordEncoder,
            TotpCodes totpCodes,
            FieldCipher cipher,
            AuditTrail auditTrail,
            Clock clock,
            @Value("${protego.hotline.organisation}") String hotlineOrganisationName) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.totpCodes = totpCodes;
        this.cipher = cipher;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.hotlineOrganisationName = hotlineOrganisationName;
    }

    /** The organisation that receives public and helpline reports, created at first start. */
    @Transactional
    public Organisation hotlineOrganisation() {
        return organisations
                .named(hotlineOrganisationName)
                .orElseGet(() -> createOrganisationAs("system", hotlineOrganisationName));
    }

    /** The name of an organisation, as it signs notices and messages to partners. */
    @Transactional(readOnly = true)
    public String organisationName(UUID organisationId) {
        return organisations.byId(organisationId).map(Organisation::name).orElse("");
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return organisations.all();
    }

    /** Creates an organisation; refuses a name that is already taken. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Organisation createOrganisation(String name) {
        String trimmed = validOrganisationName(name);
        if (organisations.named(trimmed).isPresent()) {
            throw new ConflictException("An organisation named '" + trimmed + "' already exists.");
        }
        Organisation created = organisations.ensure(trimmed, clock.instant());
        auditTrail.record("organisation.created", "organisation", created.id().toString(), "name=" + trimmed);
        return created;
    }

    /** Creates a staff user with a new TOTP secret, which is returned once so that it can be enrolled. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CreatedUser createUser(CreateUser command) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = command.username() == null ? "" : command.username().trim();
        if (!username.matches(USERNAME_PATTERN)) {
            problems.add(
                    new FieldProblem(
                            "username",
                            "username.invalid",
                            "3 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit."));
        }
        String password = command.password() == null ? "" : command.password();
        if (password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
            problems.add(new FieldProblem(
                    "password",
                    "password.length",
                    "Between " + MIN_PASSWORD_LENGTH + " and " + MAX_PASSWORD_LENGTH + " characters."));
        }
        if (command.roles() == null || command.roles().isEmpty()) {
            problems.add(new FieldProblem("roles", "roles.empty", "At least one role."));
        }
        String organisationName = null;
        try {
            organisationName = validOrganisationName(command.organisation());
        } catch (InvalidRequestException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        if (users.byUsername(username).isPresent()) {
            throw new ConflictException("The user name '" + username + "' is taken.");
        }
        Organisation organisation = organisations.ensure(organisationName, clock.instant());
        String secret = totpCodes.newSecret();
        UUID id = UUID.randomUUID();
        users.insert(
                id,
                username,
                passwordEncoder.encode(password),
                cipher.encrypt(secret, Users.TOTP_SECRET.row(id)),
                organisation.id(),
                command.roles(),
                clock.instant());
        auditTrail.record(
                "user.created",
                "user",
                id.toString(),
                "username=" + username + " organisation=" + organisation.name() + " roles=" + command.roles());
        return new CreatedUser(
                id,
                username,
                organisation.name(),
                command.roles(),
                secret,
                TotpCodes.provisioningUri(username, secret));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserView> users() {
        return users.all().stream()
                .map(user -> new UserView(
                        user.id(),
                        user.username(),
                        user.organisationName(),
                        user.roles(),
                        user.enabled(),
                        user.lockedUntil() != null && user.lockedUntil().isAfter(clock.instant()),
                        users.activeTokenCount(user.id())))
                .toList();
    }

    /** Replaces a user's roles. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeRoles(UUID userId, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldProblem("roles", "roles.empty", "At least one role.")));
        }
        requireUser(userId);
        users.replaceRoles(userId, roles);
        auditTrail.record("user.roles-changed", "user", userId.toString(), "roles=" + roles);
    }

    /** Lifts a lockout after repeated failed sign-ins. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(UUID userId) {
        requireUser(userId);
        users.unlock(userId);
        auditTrail.record("user.unlocked", "user", userId.toString(), "");
    }

    /** Issues an API token acting as the user; only its hash is stored, so it is shown this once. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String issueToken(UUID userId, String label) {
        requireUser(userId);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "ptg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String cleanLabel = label == null || label.isBlank() ? "api" : label.strip();
        users.insertToken(
                userId,
                hashOfToken(token),
                cleanLabel.substring(0, Math.min(cleanLabel.length(), 100)),
                clock.instant());
        auditTrail.record("token.issued", "user", userId.toString(), "label=" + cleanLabel);
        return token;
    }

    /** Revokes every API token of a user. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int revokeTokens(UUID userId) {
        requireUser(userId);
        int revoked = users.revokeTokensOf(userId, clock.instant());
        auditTrail.record("token.revoked", "user", userId.toString(), "count=" + revoked);
        return revoked;
    }

    static String hashOfToken(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Organisation createOrganisationAs(String actor, String name) {
        Organisation created = organisations.ensure(name, clock.instant());
        auditTrail.recordAs(
                actor, "organisation.created", "organisation", created.id().toString(), "name=" + name);
        return created;
    }

    private void requireUser(UUID userId) {
        if (users.byId(userId).isEmpty()) {
            throw new NotFoundException("No user " + userId);
        }
    }

    private static String validOrganisationName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()
                || trimmed.length() > MAX_ORGANISATION_NAME_LENGTH
                || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException(List.of(new FieldProblem(
                    "organisation",
                    "organisation.invalid",
                    "1 to " + MAX_ORGANISATION_NAME_LENGTH + " characters, no control characters.")));
        }
        return trimmed;
    }
}
