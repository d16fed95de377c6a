package org.protego.hashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;

/** What typed hash input must be, each problem named with its field and code. No Spring. */
class HashInputTest {

    static final String PDQ = "0123456789abcdef".repeat(4);

    static HashManagement.AddHash add(
            String list, String algorithm, String value, String classification, String series) {
        return new HashManagement.AddHash(list, algorithm, value, classification, series, null);
    }

    static List<String> codesOf(Runnable check) {
        try {
            check.run();
            return List.of();
        } catch (InvalidRequestException e) {
            return e.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
        }
    }

    @Test
    void aHashToAddIsNormalisedAndItsBlankSeriesAndListAreNone() {
        var hash = HashInput.checked(add(" ", "PDQ", " " + PDQ.toUpperCase() + " ", "csam_baseline", "  "));

        assertThat(hash.algorithm()).isEqualTo(HashAlgorithm.PDQ);
        assertThat(hash.value()).isEqualTo(PDQ);
        assertThat(hash.classification()).isEqualTo(HashClassification.CSAM_BASELINE);
        assertThat(hash.series()).isNull();
        assertThat(hash.list()).isNull();
    }

    @Test
    void everyProblemOfAHashToAddIsNamedAtOnce() {
        assertThat(codesOf(() -> HashInput.checked(add("Bad List", "md5", "xyz", "terrible", "s".repeat(101)))))
                .containsExactly(
                        "value:hash-malformed",
                        "classification:classification-unknown",
                        "series:series-invalid",
                        "list:list-invalid");
        assertThat(codesOf(() -> HashInput.checked(add(null, "crc32", PDQ, "csam_baseline", null))))
                .containsExactly("algorithm:algorithm-unknown");
    }

    @Test
    void aSeriesAnEntryIsPutIntoMustBeNamed() {
        assertThat(HashInput.checkedSeries("  victim a ")).isEqualTo("victim a");
        assertThat(codesOf(() -> HashInput.checkedSeries(" "))).containsExactly("series:series-invalid");
        assertThat(codesOf(() -> HashInput.checkedSeries("a\u0007b"))).containsExactly("series:series-invalid");
    }

    @Test
    void listNamesAreLowerCaseLettersDigitsDotsAndDashes() {
        assertThat(HashInput.isValidListName("national")).isTrue();
        assertThat(HashInput.isValidListName("isp-example.v2")).isTrue();
        assertThat(HashInput.isValidListName("-leading")).isFalse();
        assertThat(HashInput.isValidListName("Upper")).isFalse();
        assertThat(HashInput.isValidListName("x".repeat(65))).isFalse();
    }

    @Test
    void aMatchRequestNamesTheProblemsOfEachHashByPosition() {
        var queries = List.of(
                new HashQuery("pdq", PDQ, null),
                new HashQuery("md5", PDQ, null),
                new HashQuery("sha1", "a".repeat(40), List.of(PDQ)));

        assertThat(codesOf(() -> HashInput.checkMatch(queries, 40)))
                .containsExactly(
                        "maxDistance:distance-invalid",
                        "hashes[1].value:hash-malformed",
                        "hashes[2].dihedralVariants:variants-invalid");
    }

    @Test
    void aMatchRequestHoldsOneToAThousandHashes() {
        assertThat(codesOf(() -> HashInput.checkMatch(List.of(), 0))).containsExactly("hashes:hashes-count");
        assertThat(codesOf(() -> HashInput.checkMatch(
                        Collections.nCopies(HashInput.MAX_QUERIES, new HashQuery("pdq", PDQ, null)), 0)))
                .isEmpty();
        assertThat(codesOf(() -> HashInput.checkMatch(Collections.singletonList(null), 0)))
                .containsExactly("hashes[0]:hash-missing");
    }

    @Test
    void theRefusalsCarryTheLimitsTheirMessagesName() {
        assertThatThrownBy(() -> HashInput.checkMatch(List.of(), 99))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        refusal -> assertThat(refusal.problems())
                                .extracting(FieldProblem::arguments)
                                .containsExactly(List.of("1000"), List.of("31")));
    }
}
