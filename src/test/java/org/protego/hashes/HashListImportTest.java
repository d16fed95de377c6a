package org.protego.hashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;

/** A hash list import is read whole or not at all, and every bad record is named by its number. No Spring. */
class HashListImportTest {

    static final String PDQ = "f".repeat(64);
    static final String MD5 = "A".repeat(32);

    @Test
    void recordsBecomeCheckedHashesWithValuesInLowerCase() {
        var lines = HashListCsv.parse(HashListCsv.HEADER + "\n"
                + "pdq," + PDQ + ",csam_baseline,victim a,partner,2025-01-02T03:04:05Z\n"
                + "md5," + MD5 + ",illegal_national,,,\n");

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).algorithm()).isEqualTo(HashAlgorithm.PDQ);
        assertThat(lines.get(0).series()).isEqualTo("victim a");
        assertThat(lines.get(0).source()).isEqualTo("partner");
        assertThat(lines.get(0).added()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
        assertThat(lines.get(1).value()).isEqualTo("a".repeat(32));
        assertThat(lines.get(1).series()).as("an empty series is none").isNull();
        assertThat(lines.get(1).added())
                .as("no date: the import's time is taken")
                .isNull();
    }

    @Test
    void everyBadRecordIsNamedAndNothingIsAccepted() {
        String csv = "pdq," + PDQ + ",csam_baseline,,,\n"
                + "sha512," + PDQ + ",csam_baseline,,,\n"
                + "pdq,xyz,csam_baseline,,,\n"
                + "pdq," + PDQ + ",unknown,,,\n"
                + "pdq," + PDQ + ",csam_baseline,,,yesterday\n"
                + "pdq," + PDQ + ",csam_baseline\n";

        assertThatThrownBy(() -> HashListCsv.parse(csv))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        refusal -> assertThat(refusal.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("line 2", "line 3", "line 4", "line 5", "line 6"));
    }

    @Test
    void aBadRecordIsRefusedWithTheHashLineCode() {
        assertThatThrownBy(() -> HashListCsv.parse("pdq,xyz,csam_baseline,,,\n"))
                .isInstanceOfSatisfying(InvalidRequestException.class, refusal -> {
                    assertThat(refusal.problems())
                            .extracting(FieldProblem::code)
                            .containsExactly("hash-line-invalid");
                    assertThat(refusal.problems().get(0).arguments()).containsExactly(HashListCsv.HEADER, "100");
                });
    }

    @Test
    void atMostTwentyBadRecordsAreNamed() {
        var csv = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            csv.append("pdq,bad,csam_baseline,,,\n");
        }

        assertThatThrownBy(() -> HashListCsv.parse(csv.toString()))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        refusal -> assertThat(refusal.problems()).hasSize(HashListCsv.MAX_PROBLEMS));
    }

    @Test
    void textThatIsNotRfc4180IsRefusedAtTheRecordWhereItBreaks() {
        assertThatThrownBy(() -> HashListCsv.parse("pdq," + PDQ + ",csam_baseline,,,\npdq,\"never ends,x\n"))
                .isInstanceOfSatisfying(InvalidRequestException.class, refusal -> {
                    assertThat(refusal.problems())
                            .extracting(FieldProblem::code)
                            .containsExactly("csv-malformed");
                    assertThat(refusal.problems().get(0).field()).isEqualTo("line 2");
                });
    }

    @Test
    void aSeriesTooLongForAListIsABadRecord() {
        assertThatThrownBy(() -> HashListCsv.parse("pdq," + PDQ + ",csam_baseline," + "s".repeat(101) + ",,\n"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void anExportOfADeltaStartsEachRecordWithItsChange() {
        var out = new StringWriter();
        var export = HashListCsv.Export.withHeader(out, true);
        export.entry(
                new HashEntries.EntryRow(
                        7,
                        null,
                        "national",
                        null,
                        HashAlgorithm.PDQ,
                        PDQ,
                        "csam_baseline",
                        null,
                        "=cmd",
                        Instant.parse("2025-01-02T03:04:05Z"),
                        true),
                "RECLASSIFIED");
        export.flush();

        assertThat(out.toString())
                .isEqualTo("change," + HashListCsv.HEADER + "\r\n" + "reclassified,pdq," + PDQ
                        + ",csam_baseline,,'=cmd,2025-01-02T03:04:05Z\r\n");
    }

    @Test
    void aWholeListsExportHasNoChangeColumn() {
        var out = new StringWriter();
        HashListCsv.Export.withHeader(out, false).flush();

        assertThat(out.toString()).isEqualTo(HashListCsv.HEADER + "\r\n");
    }
}
