package org.protego.audit;

import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit settings under {@code protego.audit}, checked at start-up.
 *
 * @param chainKey the HMAC key that seals entries, 32 bytes or more in Base64; empty to keep a generated one in the
 *     data directory
 * @param signingKeyDir where the key that signs exported heads is kept; empty for the data directory's keys
 */
@ConfigurationProperties("protego.audit")
record AuditSettings(
        @DefaultValue("") String chainKey, @DefaultValue("") String signingKeyDir) {

    AuditSettings {
        if (!chainKey.isBlank() && decodedLength(chainKey) < 32) {
            throw new IllegalArgumentException("protego.audit.chain-key must be at least 32 bytes encoded in Base64");
        }
    }

    private static int decodedLength(String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim()).length;
        } catch (IllegalArgumentException notBase64) {
            return -1;
        }
    }
}
