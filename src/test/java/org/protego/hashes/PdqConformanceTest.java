package org.protego.hashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks the hasher against the reference vectors in {@code shared/testdata/pdq}, which live outside the repository; a
 * fresh clone without them skips these tests. Set {@code -Dprotego.shared=DIR} where the shared folder is not
 * {@code ../shared}.
 */
class PdqConformanceTest {

    private static final Path VECTORS =
            Path.of(System.getProperty("protego.shared", "../shared")).resolve("testdata/pdq");

    /** The transformed copies of the bridge photo, in the order of the dihedral variants after the original. */
    private static final List<String> TRANSFORMED_BRIDGES = List.of(
            "bridge-2-rotate-90.jpg",
            "bridge-3-rotate-180.jpg",
            "bridge-4-rotate-270.jpg",
            "bridge-5-flipx.jpg",
            "bridge-6-flipy.jpg",
            "bridge-7-flip-plus-1.jpg",
            "bridge-8-flip-minus-1.jpg");

    @BeforeEach
    void vectorsArePresent() {
        assumeTrue(
                Files.isRegularFile(VECTORS.resolve("expected.tsv")),
                VECTORS + " is absent: PDQ conformance vectors skipped");
    }

    @Test
    void reproducesEveryReferenceHashAndQuality() throws IOException {
        List<String[]> expected = rows("expected.tsv");
        List<String> mismatches = new ArrayList<>();
        for (String[] row : expected) {
            PdqResult result = PdqHasher.hash(VECTORS.resolve(row[0]));
            String actual = result.hash().toHex() + " quality " + result.quality();
            String wanted = row[1] + " quality " + row[2];
            if (!actual.equals(wanted)) {
                mismatches.add(row[0] + ": got " + actual + ", expected " + wanted);
            }
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(20);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void dihedralVariantsDerivedFromTheDctEqualTheReferenceVariants() throws IOException {
        List<String> expected =
                rows("dihedral-expected.tsv").stream().map(row -> row[1]).toList();
        List<String> actual = PdqHasher.hash(VECTORS.resolve("bridge-1-original.jpg")).dihedralVariants().stream()
                .map(PdqHash::toHex)
                .toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void eachDihedralVariantIsCloseToTheHashOfTheTransformedFile() throws IOException {
        List<PdqHash> variants =
                PdqHasher.hash(VECTORS.resolve("bridge-1-original.jpg")).dihedralVariants();
        for (int k = 0; k < TRANSFORMED_BRIDGES.size(); k++) {
            String file = TRANSFORMED_BRIDGES.get(k);
            PdqHash ofFile = PdqHasher.hash(VECTORS.resolve(file)).hash();
            assertThat(variants.get(k + 1).distanceTo(ofFile))
                    .as("variant %s against %s", DihedralTransform.values()[k + 1], file)
                    .isLessThanOrEqualTo(20);
        }
    }

    /** Tab-separated rows; lines starting with # are comments. */
    private static List<String[]> rows(String file) throws IOException {
        return Files.readAllLines(VECTORS.resolve(file)).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .toList();
    }
}
