package org.protego.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class ReferenceCodesTest {

    @Test
    void referencesAreReadableAloudAndAvoidLookAlikeLetters() {
        for (int i = 0; i < 1000; i++) {
            assertThat(ReferenceCodes.newReference()).matches("PR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        }
    }

    @Test
    void followUpCodesDoNotRepeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(ReferenceCodes.newFollowUpCode())).isTrue();
        }
    }

    @Test
    void typedReferenceIsForgivenForCaseSpacesAndLookAlikes() {
        assertThat(ReferenceCodes.canonicalReference(" pr 7k3m 9qxd ")).isEqualTo("PR-7K3M-9QXD");
        assertThat(ReferenceCodes.canonicalReference("PR-7K3M-9QXO")).isEqualTo("PR-7K3M-9QX0");
        assertThat(ReferenceCodes.canonicalReference("7K3M9QXD")).isEqualTo("PR-7K3M-9QXD");
        assertThat(ReferenceCodes.canonicalReference("PR-UUUU-UUUU")).isEmpty();
        assertThat(ReferenceCodes.canonicalReference("PR-123")).isEmpty();
    }

    @Test
    void followUpCodeHashIgnoresHowTheCodeWasTyped() {
        assertThat(ReferenceCodes.hashOfFollowUpCode("PR-1111-2222", "abcd-efgh-jkmn"))
                .isEqualTo(ReferenceCodes.hashOfFollowUpCode("PR-1111-2222", "ABCD EFGH JKMN"));
    }
}
