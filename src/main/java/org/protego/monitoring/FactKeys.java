package org.protego.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.protego.shared.DeploymentSettings;
import org.protego.shared.SecretKeyFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The keyed hashes that let monitoring count a child once without keeping the case id: an HMAC with a key of its own,
 * kept in the data directory and never in the database, so that the facts alone cannot be joined back to a case.
 */
@Component
class FactKeys {

    private static final String CHILD = "protego-monitoring-child-v1|";
    private static final String SOURCE = "protego-monitoring-source-v1|";

    private final SecretKeySpec key;

    @Autowired
    FactKeys(DeploymentSettings deployment) {
        this(SecretKeyFile.readOrCreate(deployment.keyDirectory().resolve("monitoring-facts.key"), 32));
    }

    FactKeys(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** The key that stands for a child in every fact about it. */
    byte[] child(UUID caseId) {
        return hmac(CHILD + caseId);
    }

    /**
     * The key of the event a fact about a child came from, so that a republished event is recognised; keyed, because
     * a referral's id would lead back to the case.
     */
    String childSource(String kind, UUID eventSubject) {
        return HexFormat.of().formatHex(hmac(SOURCE + kind + "|" + eventSubject));
    }

    /** The key of the event a fact that concerns no child came from: the SHA-256 of kind and id, as V57 writes it. */
    static String source(String kind, UUID eventSubject) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(digest.digest((kind + "|" + eventSubject).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
