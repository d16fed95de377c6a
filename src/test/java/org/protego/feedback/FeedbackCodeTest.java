package org.protego.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Feedback codes a child can read and type: Crockford Base32, 60 bits, forgiving of how they are typed. */
class FeedbackCodeTest {

    @Test
    void aCodeIsTwelveCrockfordCharactersInThreeGroups() {
        assertThat(FeedbackCode.newCode()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(FeedbackCode.newCode());
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void lowerCaseSpacesAndLookAlikesHashTheSameAsTheCode() {
        assertThat(FeedbackCode.hashOf("4f7a kx2m 9qdt")).isEqualTo(FeedbackCode.hashOf("4F7A-KX2M-9QDT"));
        assertThat(FeedbackCode.hashOf("0I1L-0000-0000")).isEqualTo(FeedbackCode.hashOf("0111-0000-0000"));
        assertThat(FeedbackCode.hashOf("O000-0000-0000")).isEqualTo(FeedbackCode.hashOf("0000-0000-0000"));
    }

    @Test
    void onlyTheHashIsStoredAndItIsNotTheCode() {
        String code = FeedbackCode.newCode();

        assertThat(FeedbackCode.hashOf(code)).hasSize(64).doesNotContain(code.replace("-", ""));
    }

    @Test
    void somethingThatCannotBeACodeIsNotWellFormed() {
        assertThat(FeedbackCode.wellFormed("4F7A-KX2M-9QDT")).isTrue();
        assertThat(FeedbackCode.wellFormed("4F7A-KX2M")).isFalse();
        assertThat(FeedbackCode.wellFormed("4F7A-KX2M-9QDU")).isFalse();
        assertThat(FeedbackCode.wellFormed(null)).isFalse();
        assertThat(FeedbackCode.wellFormed("x".repeat(10_000))).isFalse();
    }
}
