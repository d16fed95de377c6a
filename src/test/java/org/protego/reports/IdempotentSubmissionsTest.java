package org.protego.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of idempotency keys that need no database: what a key may be, its namespace, and the fingerprint. */
class IdempotentSubmissionsTest {

    @Test
    void aKeyIsOneToTwoHundredVisibleAsciiCharacters() {
        assertThat(IdempotentSubmissions.problemWith("a")).isEmpty();
        assertThat(IdempotentSubmissions.problemWith("k".repeat(200))).isEmpty();
        assertThat(IdempotentSubmissions.problemWith("k".repeat(201))).isPresent();
        assertThat(IdempotentSubmissions.problemWith("with space")).isPresent();
        assertThat(IdempotentSubmissions.problemWith("ключ")).isPresent();
        assertThat(IdempotentSubmissions.problemWith("k".repeat(201))
                        .orElseThrow()
                        .code())
                .isEqualTo("idempotency-key-invalid");
    }

    @Test
    void thePublicAndEachIndustryMemberHaveTheirOwnNamespace() {
        UUID member = UUID.randomUUID();
        UUID another = UUID.randomUUID();

        assertThat(IdempotentSubmissions.Key.ofPublic("k").stored()).isEqualTo("public:k");
        assertThat(IdempotentSubmissions.Key.ofIndustryMember(member, "k"))
                .isNotEqualTo(IdempotentSubmissions.Key.ofIndustryMember(another, "k"))
                .isNotEqualTo(IdempotentSubmissions.Key.ofPublic("k"));
        assertThat(IdempotentSubmissions.Key.ofIndustryMember(member, "k").stored())
                .isEqualTo("industry:" + member + ":k");
    }

    @Test
    void theFingerprintTellsTheSameRequestFromADifferentOne() {
        var first = new SubmitReport("other", java.util.List.of(), "text", null, null, "en", false, false, null);
        var same = new SubmitReport("other", java.util.List.of(), "text", null, null, "en", false, false, null);
        var different =
                new SubmitReport("other", java.util.List.of(), "other text", null, null, "en", false, false, null);

        assertThat(IdempotentSubmissions.fingerprint("WEB\n" + first))
                .isEqualTo(IdempotentSubmissions.fingerprint("WEB\n" + same))
                .isNotEqualTo(IdempotentSubmissions.fingerprint("WEB\n" + different))
                .isNotEqualTo(IdempotentSubmissions.fingerprint("API\n" + first))
                .hasSize(64);
    }
}
