package org.protego.hashes;

import java.util.HexFormat;
import java.util.Locale;

/**
 * A 256-bit PDQ hash: bit k is bit k of the 256-bit integer whose big-endian hex is the hash's usual 64-digit form.
 *
 * @param bits0 bits 0 to 63, the lowest
 * @param bits64 bits 64 to 127
 * @param bits128 bits 128 to 191
 * @param bits192 bits 192 to 255, the highest (the first 16 hex digits)
 */
public record PdqHash(long bits0, long bits64, long bits128, long bits192) {

    public static final int BITS = 256;
    public static final int HEX_LENGTH = 64;

    /** Reads 64 hexadecimal digits, in either case; anything else is refused. */
    public static PdqHash fromHex(String hex) {
        if (hex == null || hex.length() != HEX_LENGTH || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("A PDQ hash is 64 hexadecimal digits");
        }
        return new PdqHash(
                Long.parseUnsignedLong(hex.substring(48, 64), 16),
                Long.parseUnsignedLong(hex.substring(32, 48), 16),
                Long.parseUnsignedLong(hex.substring(16, 32), 16),
                Long.parseUnsignedLong(hex.substring(0, 16), 16));
    }

    /** Builds a hash from its 256 bits, bit k at index k. */
    public static PdqHash fromBits(boolean[] bits) {
        if (bits.length != BITS) {
            throw new IllegalArgumentException("A PDQ hash has 256 bits");
        }
        long[] words = new long[4];
        for (int k = 0; k < BITS; k++) {
            if (bits[k]) {
                words[k >>> 6] |= 1L << (k & 63);
            }
        }
        return new PdqHash(words[0], words[1], words[2], words[3]);
    }

    /** The hash as 64 lower-case hex digits, highest bits first, as the reference implementations print it. */
    public String toHex() {
        HexFormat hex = HexFormat.of();
        return (hex.toHexDigits(bits192) + hex.toHexDigits(bits128) + hex.toHexDigits(bits64) + hex.toHexDigits(bits0))
                .toLowerCase(Locale.ROOT);
    }

    public boolean bit(int k) {
        return (word(k >>> 6) >>> (k & 63) & 1L) != 0;
    }

    /** The 64-bit word holding bits 64 * index to 64 * index + 63. */
    public long word(int index) {
        return switch (index) {
            case 0 -> bits0;
            case 1 -> bits64;
            case 2 -> bits128;
            case 3 -> bits192;
            default -> throw new IndexOutOfBoundsException(index);
        };
    }

    /** The Hamming distance: how many of the 256 bits differ. */
    public int distanceTo(PdqHash other) {
        return Long.bitCount(bits0 ^ other.bits0)
                + Long.bitCount(bits64 ^ other.bits64)
                + Long.bitCount(bits128 ^ other.bits128)
                + Long.bitCount(bits192 ^ other.bits192);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
