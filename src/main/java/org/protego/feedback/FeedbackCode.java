package org.protego.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Feedback codes in Crockford's Base32, as the reports' follow-up codes are: 60 random bits in three groups of four
 * (such as {@code 4F7A-KX2M-9QDT}) that a child can read and type, with no I, L, O or U, and look-alike characters
 * forgiven when typed. Only the SHA-256 of the normalised code is ever stored.
 */
final class FeedbackCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private FeedbackCode() {}

    /** A new code: twelve characters of 5 bits each, grouped by four for reading. */
    static String newCode() {
        var code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as a person typed it, read the way it was meant: any case, spaces and dashes ignored, look-alikes mapped. */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String upper = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return upper.replace('O', '0').replace('I', '1').replace('L', '1');
    }

    /** Whether what was typed could be a code at all, so that garbage is refused without a database look-up. */
    static boolean wellFormed(String typed) {
        String normalised = normalise(typed);
        return normalised.length() == LENGTH && normalised.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** The SHA-256 (hex) under which a code is stored and looked up. */
    static String hashOf(String typed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("feedback:" + normalise(typed)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
