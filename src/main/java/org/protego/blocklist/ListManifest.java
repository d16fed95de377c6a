package org.protego.blocklist;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * What one signature binds together: the version, when it was made, and the SHA-256 of both its files. A feed
 * signed on its own could be served again later as if it were new; its manifest names the version and time it
 * belongs to.
 */
record ListManifest(long version, Instant createdAt, String hashedUrlsSha256, String rpzSha256) {

    static final String FORMAT = "protego-blocklist-manifest/1";

    /** The signed text: one {@code name: value} a line, in this order, each line ending with a line feed. */
    String text() {
        return "format: " + FORMAT + "\n"
                + "version: " + version + "\n"
                + "created-at: " + createdAt + "\n"
                + "hashed-urls-sha256: " + hashedUrlsSha256 + "\n"
                + "rpz-sha256: " + rpzSha256 + "\n";
    }

    byte[] bytes() {
        return text().getBytes(StandardCharsets.US_ASCII);
    }
}
