package org.protego.cases;

import java.time.LocalDate;

/**
 * A visit or contact with the child to record.
 *
 * @param kind {@code home_visit}, {@code office_visit}, {@code phone} or {@code other}
 * @param happenedOn the day it took place; today when not given
 * @param nextDueOn when the next follow-up is due, if the case worker sets one
 */
public record RecordFollowUp(String kind, LocalDate happenedOn, String notes, LocalDate nextDueOn) {}
