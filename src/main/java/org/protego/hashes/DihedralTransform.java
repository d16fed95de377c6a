package org.protego.hashes;

/**
 * The eight symmetries of a square image, in the order the PDQ references list their variants; each is applied to the
 * 16 x 16 DCT matrix rather than to the pixels (PDQ.md section 10), since transposing or mirroring the image only
 * transposes B or flips the sign of its odd-frequency coefficients.
 */
public enum DihedralTransform {
    /** The image as it is. */
    ORIGINAL(false, Sign.KEEP),
    /** Turned a quarter counter-clockwise. */
    ROTATE_90(true, Sign.NEGATE_EVEN_COLUMNS),
    /** Turned upside down. */
    ROTATE_180(false, Sign.NEGATE_ODD_SUMS),
    /** Turned a quarter clockwise. */
    ROTATE_270(true, Sign.NEGATE_EVEN_ROWS),
    /** Mirrored about the horizontal axis: top and bottom swap. */
    FLIP_X(false, Sign.NEGATE_EVEN_ROWS),
    /** Mirrored about the vertical axis: left and right swap. */
    FLIP_Y(false, Sign.NEGATE_EVEN_COLUMNS),
    /** Mirrored about the diagonal from the top left corner: rows become columns. */
    FLIP_MAIN_DIAGONAL(true, Sign.KEEP),
    /** Mirrored about the diagonal from the top right corner. */
    FLIP_ANTI_DIAGONAL(true, Sign.NEGATE_ODD_SUMS);

    private final boolean transposes;
    private final Sign sign;

    DihedralTransform(boolean transposes, Sign sign) {
        this.transposes = transposes;
        this.sign = sign;
    }

    /**
     * The DCT matrix of the transformed image. The sign rules of PDQ.md section 10 are read on B's own indices, before
     * transposing: that reading is the one that reproduces the reference variants (with the rules taken on the
     * transposed indices, rotate 90 and rotate 270 come out swapped).
     */
    float[] apply(float[] dct) {
        int n = PdqHasher.DCT_SIZE;
        float[] result = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                float value = sign.negates(i, j) ? -dct[i * n + j] : dct[i * n + j];
                result[transposes ? j * n + i : i * n + j] = value;
            }
        }
        return result;
    }

    /**
     * Which coefficients change sign, by 0-based index: index i holds frequency i + 1, so an even index is an odd
     * frequency, the ones a mirror image negates.
     */
    private enum Sign {
        KEEP,
        NEGATE_EVEN_ROWS,
        NEGATE_EVEN_COLUMNS,
        NEGATE_ODD_SUMS;

        boolean negates(int i, int j) {
            return switch (this) {
                case KEEP -> false;
                case NEGATE_EVEN_ROWS -> i % 2 == 0;
                case NEGATE_EVEN_COLUMNS -> j % 2 == 0;
                case NEGATE_ODD_SUMS -> (i + j) % 2 == 1;
            };
        }
    }
}
