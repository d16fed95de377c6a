package org.protego.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.protego.shared.DeploymentSettings;
import org.protego.shared.SecretKeyFile;
import org.protego.shared.SigningKey;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The two keys that make the audit chain trustworthy beyond the database: an HMAC key that seals each entry, so that
 * whoever can write the table but not read the key cannot forge a consistent chain, and an ECDSA key that signs the
 * chain's head for verifiers outside the server. Both live outside the database, in the data directory by default.
 */
@Component
@EnableConfigurationProperties(AuditSettings.class)
class ChainKeys {

    static final String GENESIS_HASH = "0".repeat(64);

    private final SecretKeySpec sealKey;
    private final SigningKey headKey;

    ChainKeys(AuditSettings settings, DeploymentSettings deployment) {
        String configuredChainKey = settings.chainKey();
        String signingKeyDir = settings.signingKeyDir();
        Path keys = deployment.keyDirectory();
        byte[] chainKey = StringUtils.hasText(configuredChainKey)
                ? Base64.getDecoder().decode(configuredChainKey.trim())
                : SecretKeyFile.readOrCreate(keys.resolve("audit-chain.key"), 32);
        if (chainKey.length < 32) {
            throw new IllegalStateException("protego.audit.chain-key must be at least 32 bytes encoded in Base64");
        }
        this.sealKey = new SecretKeySpec(chainKey, "HmacSHA256");
        this.headKey = SigningKey.inDirectory(
                StringUtils.hasText(signingKeyDir) ? Path.of(signingKeyDir) : keys,
                "audit-signing.key",
                "audit-public.pem");
    }

    /** The seal of an entry: an HMAC over the previous entry's seal and the entry's length-prefixed fields. */
    String seal(String previousHash, AuditEntry entry) {
        // Length-prefixed fields, so that no two different entries serialise to the same bytes.
        var canonical = new StringBuilder(previousHash);
        for (String field : List.of(
                Long.toString(entry.sequence()),
                entry.recordedAt().toString(),
                entry.actor(),
                entry.action(),
                entry.subjectType(),
                entry.subjectId(),
                entry.detail())) {
            canonical.append('|').append(field.length()).append(':').append(field);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sealKey);
            return HexFormat.of().formatHex(mac.doFinal(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    SigningKey headKey() {
        return headKey;
    }
}
