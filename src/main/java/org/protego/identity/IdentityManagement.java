package org.protego.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.shared.ConflictException;
import org.protego.shared.DeploymentSettings;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.Languages;
import org.protego.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations, staff users, roles, enrolment codes and API tokens. */
@Service
public class IdentityManagement {

    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 128;
    static final int MAX_ORGANISATION_NAME_LENGTH = 100;
    private static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,63}";

    private final Users users;
    private final Organisations organisations;
    private final Enrolments enrolments;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final IdentitySettings settings;
    private final String hotlineOrganisationName;
    private final SecureRandom random = new SecureRandom();

    IdentityManagement(
            Users users,
            Organisations organisations,
            Enrolments enrolments,
            AuditTrail auditTrail,
            Clock clock,
            IdentitySettings settings,
            DeploymentSettings deployment) {
        this.users = users;
        this.organisations = organisations;
        this.enrolments = enrolments;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.settings = settings;
        this.hotlineOrganisationName = deployment.hotline().organisation();
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

    /** The organisation with exactly this name, for naming another organisation to hand work over to. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Organisation> organisationNamed(String name) {
        return name == null ? Optional.empty() : organisations.named(name.trim());
    }

    /**
     * The service provider of this name, for the directory: created if missing, and marked a service provider if it
     * existed as a general organisation. The directory checks who may import for which organisation.
     */
    @PreAuthorize("hasAnyRole('ADMIN','SERVICE_PROVIDER')")
    @Transactional
    public Organisation ensureServiceProvider(String name) {
        String trimmed = validOrganisationName(name);
        Organisation organisation = organisations
                .named(trimmed)
                .orElseGet(() -> createOrganisationAs(StaffMember.required().username(), trimmed));
        if (organisations.markServiceProvider(organisation.id())) {
            auditTrail.record(
                    "organisation.kind-changed",
                    "organisation",
                    organisation.id().toString(),
                    "kind=service_provider");
        }
        return organisation;
    }

    /**
     * The company of this name, for the registry of codes of conduct: created if missing, and marked a company if it
     * existed as a general organisation. A service provider stays one, and so does the hotline; ask {@link #isCompany}
     * to tell.
     */
    @PreAuthorize("hasAnyRole('ADMIN','MONITOR')")
    @Transactional
    public Organisation ensureCompany(String name) {
        String trimmed = validOrganisationName(name);
        Organisation organisation = organisations
                .named(trimmed)
                .orElseGet(() -> createOrganisationAs(StaffMember.required().username(), trimmed));
        if (!organisation.name().equals(hotlineOrganisationName) && organisations.markCompany(organisation.id())) {
            auditTrail.record(
                    "organisation.kind-changed",
                    "organisation",
                    organisation.id().toString(),
                    "kind=company");
        }
        return organisation;
    }

    /** Whether the organisation is a company, whose staff answer for its codes of conduct. */
    @Transactional(readOnly = true)
    public boolean isCompany(UUID organisationId) {
        return organisations.isCompany(organisationId);
    }

    /** Whether the organisation is a service provider, which receives referrals. */
    @Transactional(readOnly = true)
    public boolean providesServices(UUID organisationId) {
        return organisations.providesServices(organisationId);
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
            throw new ConflictException(IdentityError.ORGANISATION_EXISTS, trimmed);
        }
        Organisation created = organisations.ensure(trimmed, clock.instant());
        auditTrail.record("organisation.created", "organisation", created.id().toString(), "name=" + trimmed);
        return created;
    }

    /**
     * Creates a staff user without password or TOTP secret, and returns the one-time code with which the user sets
     * both; until then the user cannot sign in.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CreatedUser createUser(CreateUser command) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = command.username() == null ? "" : command.username().trim();
        if (!username.matches(USERNAME_PATTERN)) {
            problems.add(IdentityError.USERNAME_INVALID.problem());
        } else if (username.equals(BootstrapAdministrator.USERNAME)) {
            problems.add(IdentityError.USERNAME_RESERVED.problem());
        }
        Set<Role> roles = rolesNamed(command.roles(), problems);
        String organisationName = null;
        try {
            organisationName = validOrganisationName(command.organisation());
        } catch (InvalidRequestException e) {
            problems.addAll(e.problems());
        }
        String team = null;
        try {
            team = TeamName.given(command.team()).map(TeamName::value).orElse(null);
        } catch (InvalidRequestException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        if (users.byUsername(username).isPresent()) {
            throw new ConflictException(IdentityError.USERNAME_TAKEN, username);
        }
        Organisation organisation = organisations.ensure(organisationName, clock.instant());
        UUID id = UUID.randomUUID();
        users.insert(id, username, organisation.id(), team, roles, clock.instant());
        auditTrail.record(
                "user.created",
                "user",
                id.toString(),
                "username=" + username + " organisation=" + organisation.name() + " roles=" + roles
                        + (team == null ? "" : " team=" + team));
        EnrolmentCode code = enrolments.issue(id);
        auditTrail.record("user.enrolment-issued", "user", id.toString(), "expires=" + code.expiresAt());
        return new CreatedUser(id, username, organisation.name(), team, roles, code.code(), code.expiresAt());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserView> users() {
        Instant now = clock.instant();
        return users.all().stream().map(user -> view(user, now)).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public UserView user(UUID userId) {
        return view(requireUser(userId), clock.instant());
    }

    /** Replaces a user's roles; the user's next request, signed in or by token, already has the new ones. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeRoles(UUID userId, Collection<String> roleNames) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<Role> roles = rolesNamed(roleNames, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        requireUser(userId);
        users.replaceRoles(userId, roles);
        auditTrail.record("user.roles-changed", "user", userId.toString(), "roles=" + roles);
    }

    /** Puts a user in a team of their organisation, or in none when {@code team} is null or blank. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserView changeTeam(UUID userId, String team) {
        String wanted = TeamName.given(team).map(TeamName::value).orElse(null);
        Users.StoredUser user = requireUser(userId);
        if (!Objects.equals(wanted, user.team())) {
            users.setTeam(userId, wanted);
            auditTrail.record(
                    "user.team-changed",
                    "user",
                    userId.toString(),
                    "team=" + (wanted == null ? "" : wanted) + " was=" + (user.team() == null ? "" : user.team()));
        }
        return view(requireUser(userId), clock.instant());
    }

    /** The team a staff member works in, empty for a user in no team or an unknown user. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> teamOf(UUID userId) {
        return users.colleague(userId).map(Colleague::team);
    }

    /** The enabled staff members of an organisation who hold a role, with their teams, sorted by user name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Colleague> colleagues(UUID organisationId, Role role) {
        return users.colleagues(organisationId, role);
    }

    /** A staff member with their team, empty if there is no such user. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Colleague> colleague(UUID userId) {
        return users.colleague(userId);
    }

    /** The language the signed-in staff member chose to read pages in, if they chose one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Locale> languageOfCurrentUser() {
        return StaffMember.current()
                .flatMap(member -> users.byId(member.userId()))
                .map(Users.StoredUser::language)
                .flatMap(IdentityManagement::offered);
    }

    /**
     * Remembers on the signed-in staff member's account the language they read pages in, so that it follows them to
     * any browser they sign in from; choosing the language already remembered changes nothing.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void chooseLanguage(String language) {
        Locale chosen = offered(language)
                .orElseThrow(() -> new InvalidRequestException(List.of(IdentityError.LANGUAGE_NOT_OFFERED.problem())));
        StaffMember member = StaffMember.required();
        Users.StoredUser user = requireUser(member.userId());
        if (chosen.getLanguage().equals(user.language())) {
            return;
        }
        users.setLanguage(user.id(), chosen.getLanguage());
        auditTrail.record("user.language-chosen", "user", user.id().toString(), "language=" + chosen.getLanguage());
    }

    static Optional<Locale> offered(String language) {
        return Languages.OFFERED.stream()
                .filter(locale -> locale.getLanguage().equals(language))
                .findFirst();
    }

    /** Lifts a lockout after repeated failed sign-ins. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(UUID userId) {
        requireUser(userId);
        users.unlock(userId);
        auditTrail.record("user.unlocked", "user", userId.toString(), "");
    }

    /**
     * Disables a user: the user's sessions end at their next request and the user's API tokens stop working at once.
     * An administrator cannot disable their own account.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void disable(UUID userId) {
        requireUser(userId);
        if (StaffMember.current()
                .map(StaffMember::userId)
                .filter(userId::equals)
                .isPresent()) {
            throw new ConflictException(IdentityError.CANNOT_DISABLE_SELF);
        }
        users.setEnabled(userId, false, clock.instant());
        auditTrail.record("user.disabled", "user", userId.toString(), "");
    }

    /** Enables a disabled user again; sessions that disabling ended stay ended. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void enable(UUID userId) {
        requireUser(userId);
        users.setEnabled(userId, true, clock.instant());
        auditTrail.record("user.enabled", "user", userId.toString(), "");
    }

    /**
     * Resets a user's enrolment: the password and TOTP secret stop working, the user's sessions end, and the returned
     * one-time code lets the user set new ones. API tokens are not touched.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public EnrolmentCode issueEnrolment(UUID userId) {
        requireUser(userId);
        users.forgetCredentials(userId, clock.instant());
        EnrolmentCode code = enrolments.issue(userId);
        auditTrail.record("user.enrolment-issued", "user", userId.toString(), "expires=" + code.expiresAt());
        return code;
    }

    /**
     * Issues an API token acting as the user, valid for {@code protego.security.token-lifetime}; only its hash is
     * stored, so it is shown this once.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public IssuedToken issueToken(UUID userId, String label) {
        requireUser(userId);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "ptg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String cleanLabel = label == null || label.isBlank() ? "api" : label.strip();
        cleanLabel = cleanLabel.substring(0, Math.min(cleanLabel.length(), 100));
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.tokenLifetime());
        UUID id = users.insertToken(userId, hashOfToken(token), cleanLabel, now, expiresAt);
        auditTrail.record(
                "token.issued",
                "user",
                userId.toString(),
                "token=" + id + " label=" + cleanLabel + " expires=" + expiresAt);
        return new IssuedToken(id, token, expiresAt);
    }

    /** The user's API tokens, newest first, with their state; never the tokens themselves. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<TokenView> tokens(UUID userId) {
        requireUser(userId);
        Instant now = clock.instant();
        return users.tokensOf(userId).stream()
                .map(token -> new TokenView(
                        token.id(),
                        token.label(),
                        token.createdAt(),
                        token.expiresAt(),
                        token.revokedAt(),
                        token.activeAt(now)))
                .toList();
    }

    /** Revokes one API token of the user; it stops working at once. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void revokeToken(UUID userId, UUID tokenId) {
        requireUser(userId);
        if (!users.revokeToken(userId, tokenId, clock.instant())) {
            if (users.tokensOf(userId).stream().noneMatch(token -> token.id().equals(tokenId))) {
                throw new NotFoundException(IdentityError.TOKEN_NOT_FOUND, userId, tokenId);
            }
            return;
        }
        auditTrail.record("token.revoked", "user", userId.toString(), "token=" + tokenId);
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

    private UserView view(Users.StoredUser user, Instant now) {
        return new UserView(
                user.id(),
                user.username(),
                user.organisationName(),
                user.team(),
                user.roles(),
                user.enabled(),
                user.lockedAt(now),
                user.enrolled(),
                enrolments.openUntil(user.id()).orElse(null),
                users.activeTokenCount(user.id(), now));
    }

    private Users.StoredUser requireUser(UUID userId) {
        return users.byId(userId).orElseThrow(() -> new NotFoundException(IdentityError.USER_NOT_FOUND, userId));
    }

    /** The roles named, each known; every unknown name and an empty list are added to the problems. */
    private static Set<Role> rolesNamed(Collection<String> names, List<FieldProblem> problems) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null || names.isEmpty()) {
            problems.add(IdentityError.ROLES_EMPTY.problem());
            return roles;
        }
        for (String name : names) {
            String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
            Role.named(wanted)
                    .ifPresentOrElse(
                            roles::add,
                            () -> problems.add(IdentityError.ROLES_UNKNOWN.problem(
                                    String.valueOf(name), IdentityError.allowedRoles())));
        }
        return roles;
    }

    private static String validOrganisationName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()
                || trimmed.length() > MAX_ORGANISATION_NAME_LENGTH
                || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException(
                    List.of(IdentityError.ORGANISATION_INVALID.problem(String.valueOf(MAX_ORGANISATION_NAME_LENGTH))));
        }
        return trimmed;
    }
}
