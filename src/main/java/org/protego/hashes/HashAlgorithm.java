package org.protego.hashes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The hash algorithms lists hold: PDQ for perceptual matching, and exact digests. */
public enum HashAlgorithm {
    PDQ("pdq", 64),
    MD5("md5", 32),
    SHA1("sha1", 40),
    SHA256("sha256", 64);

    private final String code;
    private final int hexLength;

    HashAlgorithm(String code, int hexLength) {
        this.code = code;
        this.hexLength = hexLength;
    }

    public String code() {
        return code;
    }

    /** Whether a value is well formed for this algorithm: hex digits of the right length. */
    public boolean accepts(String value) {
        return value != null && value.length() == hexLength && value.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    public static Optional<HashAlgorithm> fromCode(String code) {
        String wanted =
                code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace("-", "");
        return Arrays.stream(values())
                .filter(algorithm -> algorithm.code.equals(wanted))
                .findFirst();
    }
}
