package org.protego.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.protego.shared.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff users, their roles and organisations, as stored. */
@Repository
class Users {

    /** A TOTP secret is as good as a second factor: it is stored encrypted. */
    static final FieldCipher.Column TOTP_SECRET = new FieldCipher.Column("identity_user", "totp_secret_encrypted");

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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
            Set<Role> roles) {

        StaffMember asStaffMember() {
            return new StaffMember(id, username, organisationId, organisationName, roles);
        }
    }

    Optional<StoredUser> byUsername(String username) {
        return find("u.username = :key", username);
    }

    Optional<StoredUser> byId(UUID id) {
        return find("u.id = :key", id);
    }

    Optional<StoredUser> byTokenHash(String tokenHash) {
        return jdbc.sql("select user_id from identity_api_token where token_hash = :hash and revoked_at is null")
                .param("hash", tokenHash)
                .query(UUID.class)
                .optional()
                .flatMap(this::byId);
    }

    List<StoredUser> all() {
        return jdbc.sql("select id from identity_user order by username").query(UUID.class).list().stream()
                .map(this::byId)
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<StoredUser> find(String condition, Object key) {
        return jdbc.sql("""
                select u.id, u.username, u.password_hash, u.totp_secret_encrypted, u.last_totp_step,
                       u.organisation_id, o.name as organisation_name, u.enabled, u.failed_sign_ins, u.locked_until
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
                        rs.getTimestamp("locked_until") == null
                                ? null
                                : rs.getTimestamp("locked_until").toInstant(),
                        Set.of()))
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
                        rolesOf(user.id())));
    }

    private Set<Role> rolesOf(UUID userId) {
        List<Role> roles = jdbc.sql("select role from identity_user_role where user_id = :id")
                .param("id", userId)
                .query((rs, n) -> Role.valueOf(rs.getString(1)))
                .list();
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    void insert(
            UUID id,
            String username,
            String passwordHash,
            String totpSecretEncrypted,
            UUID organisationId,
            Set<Role> roles,
            Instant now) {
        jdbc.sql("""
                insert into identity_user (id, username, password_hash, totp_secret_encrypted, organisation_id,
                                           created_at)
                values (:id, :username, :passwordHash, :totp, :organisationId, :now)""")
                .param("id", id)
                .param("username", username)
                .param("passwordHash", passwordHash)
                .param("totp", totpSecretEncrypted)
                .param("organisationId", organisationId)
                .param("now", Timestamp.from(now))
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

    void recordFailedSignIn(UUID userId, int maxFailures, Instant lockUntil) {
        jdbc.sql("""
                update identity_user set failed_sign_ins = failed_sign_ins + 1,
                       locked_until = case when failed_sign_ins + 1 >= :max then :lockUntil else locked_until end
                where id = :id""")
                .param("id", userId)
                .param("max", maxFailures)
                .param("lockUntil", Timestamp.from(lockUntil))
                .update();
    }

    /** Records a successful sign-in; false if the code's time step was already used (a replayed code). */
    boolean recordSuccessfulSignIn(UUID userId, long totpStep) {
        return jdbc.sql("""
                update identity_user set failed_sign_ins = 0, locked_until = null, last_totp_step = :step
                where id = :id and last_totp_step < :step""").param("id", userId).param("step", totpStep).update() == 1;
    }

    void unlock(UUID userId) {
        jdbc.sql("update identity_user set failed_sign_ins = 0, locked_until = null where id = :id")
                .param("id", userId)
                .update();
    }

    void setEnabled(UUID userId, boolean enabled) {
        jdbc.sql("update identity_user set enabled = :enabled where id = :id")
                .param("id", userId)
                .param("enabled", enabled)
                .update();
    }

    void insertToken(UUID userId, String tokenHash, String label, Instant now) {
        jdbc.sql("""
                insert into identity_api_token (id, user_id, token_hash, label, created_at)
                values (:id, :userId, :hash, :label, :now)""")
                .param("id", UUID.randomUUID())
                .param("userId", userId)
                .param("hash", tokenHash)
                .param("label", label)
                .param("now", Timestamp.from(now))
                .update();
    }

    int revokeTokensOf(UUID userId, Instant now) {
        return jdbc.sql("update identity_api_token set revoked_at = :now where user_id = :id and revoked_at is null")
                .param("id", userId)
                .param("now", Timestamp.from(now))
                .update();
    }

    int activeTokenCount(UUID userId) {
        return jdbc.sql("select count(*) from identity_api_token where user_id = :id and revoked_at is null")
                .param("id", userId)
                .query(Integer.class)
                .single();
    }
}
