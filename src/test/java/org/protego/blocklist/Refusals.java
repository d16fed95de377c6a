package org.protego.blocklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.protego.shared.ConflictException;

/** Asserts that a transition is refused with a conflict naming the reason. */
final class Refusals {

    private Refusals() {}

    static void assertConflict(ThrowingCallable transition, BlocklistError reason) {
        assertThatThrownBy(transition)
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refused -> assertThat(refused.error()).isEqualTo(reason));
    }
}
