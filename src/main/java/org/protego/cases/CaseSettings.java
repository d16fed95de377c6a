package org.protego.cases;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cases settings under {@code protego.cases}, checked at start-up.
 *
 * @param guardianAppointmentLimit how long after registration an unaccompanied or separated child may wait for a
 *     guardian before the case stands out as overdue
 * @param firstFollowUpWithin how soon after registration the first follow-up visit or contact is due, until a
 *     follow-up sets the next date
 * @param assessmentDueWithin how long after registration a case may go without a best-interests assessment before
 *     it stands out as overdue
 * @param determinationDueWithin how long a best-interests determination may wait for its panel's decision before it
 *     stands out as overdue
 */
@ConfigurationProperties("protego.cases")
record CaseSettings(
        @DefaultValue("PT24H") Duration guardianAppointmentLimit,
        @DefaultValue("P30D") Period firstFollowUpWithin,
        @DefaultValue("P14D") Duration assessmentDueWithin,
        @DefaultValue("P30D") Duration determinationDueWithin) {

    CaseSettings {
        if (guardianAppointmentLimit.isNegative() || guardianAppointmentLimit.isZero()) {
            throw new IllegalArgumentException(
                    "protego.cases.guardian-appointment-limit must be a positive duration, for example PT24H");
        }
        if (firstFollowUpWithin.isNegative() || firstFollowUpWithin.isZero()) {
            throw new IllegalArgumentException(
                    "protego.cases.first-follow-up-within must be a positive period, for example P30D");
        }
        if (assessmentDueWithin.isNegative() || assessmentDueWithin.isZero()) {
            throw new IllegalArgumentException(
                    "protego.cases.assessment-due-within must be a positive duration, for example P14D");
        }
        if (determinationDueWithin.isNegative() || determinationDueWithin.isZero()) {
            throw new IllegalArgumentException(
                    "protego.cases.determination-due-within must be a positive duration, for example P30D");
        }
    }
}
