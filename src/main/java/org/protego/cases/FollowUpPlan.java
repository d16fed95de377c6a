package org.protego.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * The follow-ups of a case, latest first, and when the next is due.
 *
 * @param nextDueOn the day the next follow-up is due; null when the latest follow-up set no date
 * @param overdue whether that day has passed on a case still followed
 */
public record FollowUpPlan(long caseVersion, LocalDate nextDueOn, boolean overdue, List<FollowUpView> followUps) {}
