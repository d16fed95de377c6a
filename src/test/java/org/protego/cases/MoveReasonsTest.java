package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.protego.shared.InvalidRequestException;

/** What counts as a reason for closing, refusing, reopening, transferring or declining, without Spring. */
class MoveReasonsTest {

    @Test
    void aReasonIsTrimmedAndMayHoldLineBreaks() {
        assertThat(MoveReasons.required("reason", "  She is safe.\nSchool started.  "))
                .isEqualTo("She is safe.\nSchool started.");
    }

    @Test
    void aBlankReasonIsRefusedNamingTheField() {
        assertThatThrownBy(() -> MoveReasons.required("reason", "  "))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        refusal -> assertThat(refusal.problems().get(0).field()).isEqualTo("reason"));
    }

    @Test
    void aReasonLongerThanTheLimitOrWithControlCharactersIsRefused() {
        assertThatThrownBy(() -> MoveReasons.required("reason", "x".repeat(MoveReasons.MAX + 1)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> MoveReasons.required("reason", "bell\u0007"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void anOptionalNoteMayBeLeftOut() {
        assertThat(MoveReasons.optional("note", " ")).isNull();
        assertThat(MoveReasons.optional("note", null)).isNull();
    }
}
