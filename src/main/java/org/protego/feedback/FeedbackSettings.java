package org.protego.feedback;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The feedback settings under {@code protego.feedback}, checked at start-up.
 *
 * @param codeValidFor how long a feedback code works after the case worker gives it
 * @param minimumGroup the fewest answers a service's figures are shown for, so that no child's answer stands out
 * @param attemptsPerMinute code entries and answers one client address may send a minute (0: no limit)
 */
@ConfigurationProperties("protego.feedback")
record FeedbackSettings(
        @DefaultValue("P60D") Duration codeValidFor,
        @DefaultValue("5") int minimumGroup,
        @DefaultValue("10") int attemptsPerMinute) {

    FeedbackSettings {
        if (codeValidFor == null || codeValidFor.isNegative() || codeValidFor.isZero()) {
            throw new IllegalArgumentException(
                    "protego.feedback.code-valid-for must be a positive duration, for example P60D");
        }
        if (minimumGroup < 2) {
            throw new IllegalArgumentException(
                    "protego.feedback.minimum-group must be at least 2, or one child's answers would be shown alone");
        }
        if (attemptsPerMinute < 0) {
            throw new IllegalArgumentException("protego.feedback.attempts-per-minute must be zero (off) or more");
        }
    }
}
