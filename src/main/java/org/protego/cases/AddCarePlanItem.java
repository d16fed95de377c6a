package org.protego.cases;

import java.time.LocalDate;

/**
 * A goal, need or planned service to add to a child's care plan.
 *
 * @param kind {@code goal}, {@code need} or {@code planned_service}
 * @param responsible the person or organisation who sees to it, if known
 */
public record AddCarePlanItem(String kind, String description, String responsible, LocalDate dueOn) {}
