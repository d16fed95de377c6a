package org.protego.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.protego.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the hotline organisation at first start and, when {@code PROTEGO_BOOTSTRAP_ADMIN_TOKEN} is set, accepts
 * that value as an administrator's API token, so that a new deployment can create its first real administrator.
 *
 * <p>This runs once every bean exists but before the web server opens its port, so no request can arrive before the
 * token is in place.
 */
@Component
class BootstrapAdministrator implements SmartInitializingSingleton {

    static final String USERNAME = "bootstrap-admin";
    private static final String TOKEN_LABEL = "bootstrap";
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");
    /** Base64 in the standard or the URL alphabet, padded or not. */
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_-]+={0,2}");

    private final IdentityManagement identity;
    private final Users users;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final IdentitySettings settings;
    private final TransactionTemplate transaction;
    private final String bootstrapToken;

    BootstrapAdministrator(
            IdentityManagement identity,
            Users users,
            AuditTrail auditTrail,
            Clock clock,
            IdentitySettings settings,
            PlatformTransactionManager transactionManager,
            @Value("${PROTEGO_BOOTSTRAP_ADMIN_TOKEN:}") String bootstrapToken) {
        this.identity = identity;
        this.users = users;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactionManager);
        this.bootstrapToken = checked(bootstrapToken.trim());
    }

    /** The token if it is empty (unset) or strong enough; anything else stops the start with a way to make one. */
    static String checked(String token) {
        // 32 bytes are 64 hex digits or 43 Base64 characters; hex digits alone are read as hex, 4 bits each.
        boolean strong = HEX.matcher(token).matches()
                ? token.length() >= 64
                : BASE64.matcher(token).matches() && token.replace("=", "").length() >= 43;
        if (!token.isEmpty() && !strong) {
            throw new IllegalStateException("PROTEGO_BOOTSTRAP_ADMIN_TOKEN must carry at least 32 random bytes: 64 hex"
                    + " digits or 43 Base64 characters. Make one with: openssl rand -hex 32");
        }
        return token;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> run());
    }

    private void run() {
        Organisation hotline = identity.hotlineOrganisation();
        var existing = users.byUsername(USERNAME);
        if (bootstrapToken.isEmpty()) {
            // Once the variable is removed, the token it set stops working.
            existing.ifPresent(this::revokeTokensOf);
            return;
        }
        if (users.administratorExistsBesides(USERNAME)) {
            existing.ifPresent(this::revokeTokensOf);
            log.warn(
                    "PROTEGO_BOOTSTRAP_ADMIN_TOKEN is set, but an administrator exists: the bootstrap token is refused."
                            + " Remove the variable.");
            return;
        }
        Users.StoredUser admin = existing.orElseGet(() -> createAccount(hotline));
        String hash = IdentityManagement.hashOfToken(bootstrapToken);
        var stored = users.tokenByHash(hash);
        Instant now = clock.instant();
        if (stored.isPresent()) {
            if (!stored.get().userId().equals(admin.id()) || !stored.get().activeAt(now)) {
                throw new IllegalStateException("PROTEGO_BOOTSTRAP_ADMIN_TOKEN was used before and is revoked or"
                        + " expired. Make a new one with: openssl rand -hex 32");
            }
            return;
        }
        users.revokeTokensOf(admin.id(), now);
        UUID tokenId = users.insertToken(admin.id(), hash, TOKEN_LABEL, now, now.plus(settings.tokenLifetime()));
        auditTrail.recordAs(
                "system", "token.issued", "user", admin.id().toString(), "token=" + tokenId + " label=" + TOKEN_LABEL);
    }

    /** An account that acts only by token: it has no password and no TOTP secret, so nobody can sign in with it. */
    private Users.StoredUser createAccount(Organisation hotline) {
        UUID id = UUID.randomUUID();
        users.insert(id, USERNAME, hotline.id(), null, Set.of(Role.ADMIN), clock.instant());
        auditTrail.recordAs("system", "user.created", "user", id.toString(), "username=" + USERNAME);
        return users.byId(id).orElseThrow();
    }

    private void revokeTokensOf(Users.StoredUser admin) {
        if (users.revokeTokensOf(admin.id(), clock.instant()) > 0) {
            auditTrail.recordAs("system", "token.revoked", "user", admin.id().toString(), "label=" + TOKEN_LABEL);
        }
    }
}
