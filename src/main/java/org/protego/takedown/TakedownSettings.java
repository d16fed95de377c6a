package org.protego.takedown;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The takedown settings under {@code protego.takedown}, checked at start-up so that a mistyped ladder stops Protego
 * instead of the first escalation.
 *
 * @param ladder who each notice goes to and how long to wait before the next, as {@code KIND/DURATION} rungs
 * @param lawEnforcementFirst national rules: law enforcement is told before providers and partners
 * @param escalationCheckInterval how often due escalations are sent
 * @param noticeFrom the sender address of e-mailed notices
 */
@ConfigurationProperties("protego.takedown")
record TakedownSettings(
        @DefaultValue("PROVIDER/PT24H,PROVIDER/PT24H,UPSTREAM/PT48H,PARTNER_HOTLINE/PT72H,LAW_ENFORCEMENT/PT168H")
        String ladder,

        @DefaultValue("false") boolean lawEnforcementFirst,
        @DefaultValue("PT5M") Duration escalationCheckInterval,
        @DefaultValue("hotline@protego.invalid") String noticeFrom) {

    TakedownSettings {
        try {
            EscalationLadder.parse(ladder);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "protego.takedown.ladder is not a list of KIND/DURATION rungs such as PROVIDER/PT24H,UPSTREAM/PT48H: "
                            + e.getMessage());
        }
        if (escalationCheckInterval == null
                || escalationCheckInterval.isNegative()
                || escalationCheckInterval.isZero()) {
            throw new IllegalArgumentException(
                    "protego.takedown.escalation-check-interval must be a positive duration, for example PT5M");
        }
        if (noticeFrom == null || !noticeFrom.strip().matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException(
                    "protego.takedown.notice-from must be an e-mail address, for example hotline@example.org");
        }
    }

    EscalationLadder escalationLadder() {
        return EscalationLadder.parse(ladder);
    }
}
