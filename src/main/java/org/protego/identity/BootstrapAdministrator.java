package org.protego.identity;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.shared.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the hotline organisation at first start and, when {@code PROTEGO_BOOTSTRAP_ADMIN_TOKEN} is set, accepts
 * that value as an administrator's API token, so that a new deployment can create its first real users.
 */
@Component
class BootstrapAdministrator implements ApplicationRunner {

    static final String USERNAME = "bootstrap-admin";
    private static final String TOKEN_LABEL = "bootstrap";

    private final IdentityManagement identity;
    private final Users users;
    private final PasswordEncoder passwordEncoder;
    private final TotpCodes totpCodes;
    private final FieldCipher cipher;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final String bootstrapToken;

    BootstrapAdministrator(
            IdentityManagement identity,
            Users users,
            PasswordEncoder passwordEncoder,
            TotpCodes totpCodes,
            FieldCipher cipher,
            AuditTrail auditTrail,
            Clock clock,
            @Value("${PROTEGO_BOOTSTRAP_ADMIN_TOKEN:}") String bootstrapToken) {
        this.identity = identity;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.totpCodes = totpCodes;
        this.cipher = cipher;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.bootstrapToken = bootstrapToken.trim();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Organisation hotline = identity.hotlineOrganisation();
        if (bootstrapToken.isEmpty()) {
            // Once the variable is removed, the token it set stops working.
            users.byUsername(USERNAME).ifPresent(admin -> {
                if (users.revokeTokensOf(admin.id(), clock.instant()) > 0) {
                    auditTrail.recordAs(
                            "system", "token.revoked", "user", admin.id().toString(), "label=bootstrap");
                }
            });
            return;
        }
        Users.StoredUser admin = users.byUsername(USERNAME).orElseGet(() -> {
            UUID id = UUID.randomUUID();
            // This account signs in only by token: its password is random and never shown.
            users.insert(
                    id,
                    USERNAME,
                    passwordEncoder.encode(UUID.randomUUID() + totpCodes.newSecret()),
                    cipher.encrypt(totpCodes.newSecret(), Users.TOTP_SECRET.row(id)),
                    hotline.id(),
                    Set.of(Role.ADMIN),
                    clock.instant());
            auditTrail.recordAs("system", "user.created", "user", id.toString(), "username=" + USERNAME);
            return users.byId(id).orElseThrow();
        });
        String hash = IdentityManagement.hashOfToken(bootstrapToken);
        if (users.byTokenHash(hash).map(user -> user.id().equals(admin.id())).orElse(false)) {
            return;
        }
        users.revokeTokensOf(admin.id(), clock.instant());
        users.insertToken(admin.id(), hash, TOKEN_LABEL, clock.instant());
        auditTrail.recordAs("system", "token.issued", "user", admin.id().toString(), "label=" + TOKEN_LABEL);
    }
}
