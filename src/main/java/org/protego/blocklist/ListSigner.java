package org.protego.blocklist;

import java.security.Signature;
import org.protego.shared.DeploymentSettings;
import org.protego.shared.SigningKey;
import org.springframework.stereotype.Component;

/**
 * Signs list files with ECDSA P-256 over SHA-256, so that anyone can verify them with the published key and
 * {@code openssl dgst -sha256 -verify blocklist-public.pem -signature file.sig file}.
 *
 * <p>The key pair is generated once in the data directory unless {@code protego.blocklist.signing-key-dir} names
 * another directory holding {@code blocklist-signing.key} (PKCS#8) and {@code blocklist-public.pem}.
 */
@Component
class ListSigner {

    private final SigningKey key;

    ListSigner(BlocklistSettings settings, DeploymentSettings deployment) {
        this.key = SigningKey.inDirectory(
                settings.signingKeyDirectory(deployment.keyDirectory()),
                "blocklist-signing.key",
                "blocklist-public.pem");
    }

    /** A signature in progress over bytes fed to it in order. */
    Signature start() {
        return key.start();
    }

    /** The Base64 DER signature of these bytes, as a whole. */
    String sign(byte[] bytes) {
        return key.sign(bytes);
    }

    /** The public key in PEM, for ISPs to verify the lists. */
    String publicKeyPem() {
        return key.publicKeyPem();
    }
}
