package org.protego.hashes;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A PDQ hash with its quality and the 16 x 16 DCT matrix it was thresholded from, which is kept so that the hashes of
 * the image's rotations and mirror images can be derived without hashing again (PDQ.md section 10).
 *
 * @param hash the 256-bit hash
 * @param quality 0 to 100; under 50 the hash is unreliable (PDQ.md section 6)
 * @param dct B, row-major: B[i][j] at 16 i + j, with vertical frequency i + 1 and horizontal frequency j + 1
 */
public record PdqResult(PdqHash hash, int quality, float[] dct) {

    /** The lowest quality at which a hash is considered reliable enough to match on. */
    public static final int RELIABLE_QUALITY = 50;

    public PdqResult {
        Objects.requireNonNull(hash, "hash");
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("PDQ quality is 0 to 100, not " + quality);
        }
        if (dct.length != PdqHasher.DCT_SIZE * PdqHasher.DCT_SIZE) {
            throw new IllegalArgumentException("The PDQ DCT matrix has 256 values");
        }
        dct = dct.clone();
    }

    /** Returns a copy of the DCT matrix, so that the result stays immutable. */
    @Override
    public float[] dct() {
        return dct.clone();
    }

    /** Whether the quality is high enough for the hash to be matched on (PDQ.md section 6). */
    public boolean isReliable() {
        return quality >= RELIABLE_QUALITY;
    }

    /** The hash the image would have after the given rotation or mirroring, re-thresholded at its own median. */
    public PdqHash variant(DihedralTransform transform) {
        return transform == DihedralTransform.ORIGINAL ? hash : PdqHasher.threshold(transform.apply(dct));
    }

    /** The eight dihedral variants in {@link DihedralTransform} order, the first being this hash. */
    public List<PdqHash> dihedralVariants() {
        return Stream.of(DihedralTransform.values()).map(this::variant).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PdqResult that
                && quality == that.quality
                && hash.equals(that.hash)
                && Arrays.equals(dct, that.dct);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hash, quality, Arrays.hashCode(dct));
    }

    @Override
    public String toString() {
        return "PdqResult[hash=" + hash + ", quality=" + quality + "]";
    }
}
