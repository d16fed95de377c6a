package org.protego.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * References and follow-up codes in Crockford's Base32, which people can read aloud over a phone: no I, L, O or U,
 * and typing mistakes between look-alike characters are forgiven.
 */
final class ReferenceCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceCodes() {}

    /** A reference such as {@code PR-7K3M-9QXD}: 40 random bits. */
    static String newReference() {
        return "PR-" + randomGroup(4) + "-" + randomGroup(4);
    }

    /** A follow-up code such as {@code 4F7A-KX2M-9QDT}: 60 random bits, so it cannot be guessed. */
    static String newFollowUpCode() {
        return randomGroup(4) + "-" + randomGroup(4) + "-" + randomGroup(4);
    }

    /** Reads a reference or code as a person typed it: any case, spaces and dashes ignored, look-alikes mapped. */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String upper = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return upper.replace('O', '0').replace('I', '1').replace('L', '1');
    }

    static String canonicalReference(String typed) {
        String normalised = normalise(typed);
        if (normalised.startsWith("PR")) {
            normalised = normalised.substring(2);
        }
        boolean wellFormed =
                normalised.length() == 8 && normalised.chars().allMatch(c -> new String(ALPHABET).indexOf(c) >= 0);
        return wellFormed ? "PR-" + normalised.substring(0, 4) + "-" + normalised.substring(4) : "";
    }

    static String hashOfFollowUpCode(String reference, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((reference + ":" + normalise(code)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomGroup(int length) {
        var group = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            group.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return group.toString();
    }
}
