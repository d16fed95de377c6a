package org.protego.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.protego.shared.FieldCipher;
import org.protego.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff users, their roles, organisations and API tokens, as stored. */
@Repository
class Users {

    /** A TOTP secret is as good as a second factor: it is stored encrypted. */
    static final FieldCipher.Column TOTP_SECRET = new FieldCipher.Column("identity_user", "totp_secret_encrypted");

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A user as stored. The password hash and TOTP secret are null until the user has enrolled; sessions signed in
     * before {@code sessionsEndedAt} are no longer accepted; {@code language} is null until the user chose one, and
     * {@code team} while the user belongs to no team.
     */
    record StoredUser(
            UUID id,
            String username,
            String passwordHash,
            String totpSecretEncrypted,
            long lastTotpStep,
            UUID organisationId,
            String organisationName,
            boolean enabled,
            int failedSignIns,
            Instant lockedUntil,
            Instant sessionsEndedAt,
            Set<Role> roles,
            String language,
            String team) {

        StaffMember asStaffMember() {
            return new StaffMember(id, username, organisationId, organisationName, roles);
        }

        boolean enrolled() {
            return passwordHash != null && totpSecretEncrypted != null;
        }

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    /** An API token as stored: only its hash is kept. */
    record StoredToken(UUID id, UUID userId, String label, Instant createdAt, Instant expiresAt, Instant revokedAt) {

        boolean activeAt(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    Optional<StoredUser> byUsername(String username) {
        return find("u.username = :key", username);
    }

    Optional<StoredUser> byId(UUID id) {
        return find("u.id = :key", id);
    }

    List<StoredUser> all() {
        return jdbc.sql("select id from identity_user order by username").query(UUID.class).list().stream()
                .map(this::byId)
                .flatMap(Optional::stream)
                .toList();
    }

    /** Whether any user but the one of this name holds the administrator role. */
    boolean administratorExistsBesides(String username) {
        return jdbc.sql("""
                select exists (select 1 from identity_user_role r join identity_user u on u.id = r.user_id
                               where r.role = :role and u.username <> :username)""")
                .param("role", Role.ADMIN.name())
                .param("username", username)
                .query(Boolean.class)
                .single();
    }

    private Optional<StoredUser> find(String condition, Object key) {
        return jdbc.sql("""
                select u.id, u.username, u.password_hash, u.totp_secret_encrypted, u.last_totp_step,
                       u.organisation_id, o.name as organisation_name, u.enabled, u.failed_sign_ins, u.locked_until,
                       u.sessions_ended_at, u.language, u.team
                from identity_user u join identity_organisation o on o.id = u.organisation_id
                where\s""" + condition)
                .param("key", key)
                .query((rs, n) -> new StoredUser(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getString("totp_secret_encrypted"),
                        rs.getLong("last_totp_step"),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("organisation_name"),
                        rs.getBoolean("enabled"),
                        rs.getInt("failed_sign_ins"),
                        Timestamps.nullableInstant(rs, "locked_until"),
                        Timestamps.nullableInstant(rs, "sessions_ended_at"),
                        Set.of(),
                        rs.getString("language"),
                        rs.getString("team")))
                .optional()
                .map(user -> new StoredUser(
                        user.id(),
                        user.username(),
                        user.passwordHash(),
                        user.totpSecretEncrypted(),
                        user.lastTotpStep(),
                        user.organisationId(),
                        user.organisationName(),
                        user.enabled(),
                        user.failedSignIns(),
                        user.lockedUntil(),
                        user.sessionsEndedAt(),
                        rolesOf(user.id()),
                        user.language(),
                        user.team()));
    }

    private Set<Role> rolesOf(UUID userId) {
        List<Role> roles = jdbc.sql("select role from identity_user_role where user_id = :id")
                .param("id", userId)
                .query((rs, n) -> Role.valueOf(rs.getString(1)))
                .list();
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    /** Stores a new user who has not enrolled yet: no password, no TOTP secret. */
    void insert(UUID id, String username, UUID organisationId, String team, Set<Role> roles, Instant now) {
        jdbc.sql("""
                insert into identity_user (id, username, organisation_id, team, created_at)
                values (:id, :username, :organisationId, :team, :now)""")
                .param("id", id)
                .param("username", username)
                .param("organisationId", organisationId)
                .param("team", team)
                .param("now", Timestamps.offset(now))
                .update();
        replaceRoles(id, roles);
    }

    void replaceRoles(UUID userId, Set<Role> roles) {
        jdbc.sql("delete from identity_user_role where user_id = :id")
                .param("id", userId)
                .update();
        for (Role role : roles) {
            jdbc.sql("insert into identity_user_role (user_id, role) values (:id, :role)")
                    .param("id", userId)
                    .param("role", role.name())
                    .update();
        }
    }

    /**
     * Sets the password and TOTP secret the user chose by enrolling and clears any lockout. The used-code record starts
     * again too: the new secret's codes were never used, even in the time step of a sign-in with the old one.
     */
    void enrol(UUID userId, String passwordHash, String totpSecretEncrypted) {
        jdbc.sql("""
                update identity_user set password_hash = :passwordHash, totp_secret_encrypted = :totp,
                       failed_sign_ins = 0, locked_until = null, last_totp_step = 0
                where id = :id""")
                .param("id", userId)
                .param("passwordHash", passwordHash)
                .param("totp", totpSecretEncrypted)
                .update();
    }

    /** Forgets the password and TOTP secret, so that only a new enrolment lets the user sign in again. */
    void forgetCredentials(UUID userId, Instant now) {
        jdbc.sql("""
                update identity_user set password_hash = null, totp_secret_encrypted = null,
                       failed_sign_ins = 0, locked_until = null, sessions_ended_at = :now
                where id = :id""").param("id", userId).param("now", Timestamps.offset(now)).update();
    }

    /**
     * Counts a failed sign-in and locks the account when the count reaches the maximum. A lock that has run out
     * starts a new count, so that one more failure after it does not lock the account again at once.
     */
    void recordFailedSignIn(UUID userId, int maxFailures, Instant now, Instant lockUntil) {
        jdbc.sql("""
                with counted as (
                    select id,
                           case when locked_until is not null and locked_until <= :now then 1
                                else failed_sign_ins + 1 end as failures
                    from identity_user where id = :id for update)
                update identity_user u
                set failed_sign_ins = counted.failures,
                    locked_until = case when counted.failures >= :max then :lockUntil
                                        when u.locked_until is not null and u.locked_until <= :now then null
                                        else u.locked_until end
                from counted where u.id = counted.id""")
                .param("id", userId)
                .param("max", maxFailures)
                .param("now", Timestamps.offset(now))
                .param("lockUntil", Timestamps.offset(lockUntil))
                .update();
    }

    /** Records a successful sign-in; false if the code's time step was already used (a replayed code). */
    boolean recordSuccessfulSignIn(UUID userId, long totpStep) {
        return jdbc.sql("""
                update identity_user set failed_sign_ins = 0, locked_until = null, last_totp_step = :step
                where id = :id and last_totp_step < :step""").param("id", userId).param("step", totpStep).update() == 1;
    }

    /** Remembers the language the user reads pages in, wherever they sign in. */
    void setLanguage(UUID userId, String language) {
        jdbc.sql("update identity_user set language = :language where id = :id")
                .param("id", userId)
                .param("language", language)
                .update();
    }

    /** Puts the user in a team of their organisation, or in none when {@code team} is null. */
    void setTeam(UUID userId, String team) {
        jdbc.sql("update identity_user set team = :team where id = :id")
                .param("id", userId)
                .param("team", team)
                .update();
    }

    /** One user with their team, in one query: other modules ask for it on every look at team work. */
    Optional<Colleague> colleague(UUID userId) {
        return jdbc.sql("select id, username, team from identity_user where id = :id")
                .param("id", userId)
                .query(Users::asColleague)
                .optional();
    }

    /** The enabled users of an organisation who hold a role, by user name. */
    List<Colleague> colleagues(UUID organisationId, Role role) {
        return jdbc.sql("""
                select u.id, u.username, u.team
                from identity_user u join identity_user_role r on r.user_id = u.id and r.role = :role
                where u.organisation_id = :organisationId and u.enabled
                order by u.username""")
                .param("organisationId", organisationId)
                .param("role", role.name())
                .query(Users::asColleague)
                .list();
    }

    void unlock(UUID userId) {
        jdbc.sql("update identity_user set failed_sign_ins = 0, locked_until = null where id = :id")
                .param("id", userId)
                .update();
    }

    /** Enables or disables a user; disabling ends the user's sessions for good, even if it is enabled again. */
    void setEnabled(UUID userId, boolean enabled, Instant now) {
        jdbc.sql("""
                update identity_user set enabled = :enabled,
                       sessions_ended_at = case when :enabled then sessions_ended_at else :now end
                where id = :id""")
                .param("id", userId)
                .param("enabled", enabled)
                .param("now", Timestamps.offset(now))
                .update();
    }

    UUID insertToken(UUID userId, String tokenHash, String label, Instant now, Instant expiresAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into identity_api_token (id, user_id, token_hash, label, created_at, expires_at)
                values (:id, :userId, :hash, :label, :now, :expiresAt)""")
                .param("id", id)
                .param("userId", userId)
                .param("hash", tokenHash)
                .param("label", label)
                .param("now", Timestamps.offset(now))
                .param("expiresAt", Timestamps.offset(expiresAt))
                .update();
        return id;
    }

    /** The token with this hash, whether it is still active or not. */
    Optional<StoredToken> tokenByHash(String tokenHash) {
        return jdbc.sql("""
                select id, user_id, label, created_at, expires_at, revoked_at from identity_api_token
                where token_hash = :hash""").param("hash", tokenHash).query(Users::token).optional();
    }

    List<StoredToken> tokensOf(UUID userId) {
        return jdbc.sql("""
                select id, user_id, label, created_at, expires_at, revoked_at from identity_api_token
                where user_id = :id order by created_at desc, id""").param("id", userId).query(Users::token).list();
    }

    /** Revokes one token of the user; false if the user has no such token or it was already revoked. */
    boolean revokeToken(UUID userId, UUID tokenId, Instant now) {
        return jdbc.sql("""
                update identity_api_token set revoked_at = :now
                where id = :tokenId and user_id = :userId and revoked_at is null""")
                        .param("tokenId", tokenId)
                        .param("userId", userId)
                        .param("now", Timestamps.offset(now))
                        .update()
                == 1;
    }

    int revokeTokensOf(UUID userId, Instant now) {
        return jdbc.sql("update identity_api_token set revoked_at = :now where user_id = :id and revoked_at is null")
                .param("id", userId)
                .param("now", Timestamps.offset(now))
                .update();
    }

    int activeTokenCount(UUID userId, Instant now) {
        return jdbc.sql("""
                select count(*) from identity_api_token
                where user_id = :id and revoked_at is null and expires_at > :now""")
                .param("id", userId)
                .param("now", Timestamps.offset(now))
                .query(Integer.class)
                .single();
    }

    private static Colleague asColleague(ResultSet rs, int row) throws SQLException {
        return new Colleague(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("team"));
    }

    private static StoredToken token(ResultSet rs, int row) throws SQLException {
        return new StoredToken(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("label"),
                Timestamps.nullableInstant(rs, "created_at"),
                Timestamps.nullableInstant(rs, "expires_at"),
                Timestamps.nullableInstant(rs, "revoked_at"));
    }
}
