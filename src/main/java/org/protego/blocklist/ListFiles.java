package org.protego.blocklist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.SignatureException;
import java.util.HexFormat;
import java.util.List;

/**
 * The two published forms of a version: the hashed-URL feed (one SHA-256 hex digest a line, sorted) and the DNS
 * response policy zone, which BIND and Unbound load as it is (draft-vixie-dns-rpz).
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
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256").digest(expression.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] line(String digest) {
        return (digest + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    static String rpz(long version, List<String> domains, String stopPage) {
        String action =
                stopPage == null || stopPage.isBlank() ? "." : stopPage.endsWith(".") ? stopPage : stopPage + ".";
        var zone = new StringBuilder();
        zone.append("; Protego block list version ")
                .append(version)
                .append(": domains dedicated to child sexual abuse material\n");
        zone.append("$TTL 300\n");
        zone.append("@ IN SOA localhost. hostmaster.localhost. ( ")
                .append(version)
                .append(" 3600 600 86400 300 )\n");
        zone.append("@ IN NS localhost.\n");
        for (String domain : domains) {
            zone.append(domain).append(" CNAME ").append(action).append('\n');
            zone.append("*.").append(domain).append(" CNAME ").append(action).append('\n');
        }
        return zone.toString();
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
            return ListSigner.finish(signature);
        }
    }
}
