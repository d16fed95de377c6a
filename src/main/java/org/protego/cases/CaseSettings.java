package org.protego.cases;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cases settings under {@code protego.cases}, checked at start-up.
 *
 * @param guardianAppointmentLimit how long after registration an unaccompanied or separated child may wait for a
 *     guardian before the case stands out as overdue
 */
@ConfigurationProperties("protego.cases")
record CaseSettings(@DefaultValue("PT24H") Duration guardianAppointmentLimit) {

    CaseSettings {
        if (guardianAppointmentLimit.isNegative() || guardianAppointmentLimit.isZero()) {
            throw new IllegalArgumentException(
                    "protego.cases.guardian-appointment-limit must be a positive duration, for example PT24H");
        }
    }
}
