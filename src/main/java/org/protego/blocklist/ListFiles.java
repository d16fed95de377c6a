package org.protego.blocklist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.SignatureException;
import java.util.HexFormat;
import org.protego.shared.SigningKey;

/**
 * The hashed-URL feed of a version (one SHA-256 hex digest a line, sorted) and the sealing of every published file;
 * the other form, the policy zone, is {@link ResponsePolicyZone}.
 */
final class ListFiles {

    private ListFiles() {}

    /** The Safe Browsing style expression of a canonical URL: host and path, with the query if there is one. */
    static String expressionOf(String canonicalUrl) {
        int afterScheme = canonicalUrl.indexOf("://") + 3;
        String rest = canonicalUrl.substring(afterScheme);
        int at = rest.indexOf('@');
        int slash = rest.indexOf('/');
        if (at >= 0 && (slash < 0 || at < slash)) {
            rest = rest.substring(at + 1);
        }
        int path = rest.indexOf('/');
        String hostAndPort = path < 0 ? rest : rest.substring(0, path);
        String host = hostAndPort.startsWith("[")
                ? hostAndPort.substring(0, hostAndPort.indexOf(']') + 1)
                : hostAndPort.replaceFirst(":\\d+$", "");
        return host + (path < 0 ? "/" : rest.substring(path));
    }

    /** The expression that blocks a whole domain: every host-suffix look-up of a URL under it reaches it. */
    static String domainExpression(String domain) {
        return domain + "/";
    }

    static String digestOf(String expression) {
        return sha256(expression.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] line(String digest) {
        return (digest + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Feeds the same bytes to a digest and a signature. */
    static final class Sealer {
        private final MessageDigest sha256;
        private final Signature signature;

        Sealer(Signature signature) {
            try {
                this.sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            this.signature = signature;
        }

        void add(byte[] bytes) {
            sha256.update(bytes);
            try {
                signature.update(bytes);
            } catch (SignatureException e) {
                throw new IllegalStateException(e);
            }
        }

        String sha256() {
            return HexFormat.of().formatHex(sha256.digest());
        }

        String signature() {
            return SigningKey.finish(signature);
        }
    }
}
