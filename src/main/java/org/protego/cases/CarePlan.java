package org.protego.cases;

import java.util.List;

/** A child's care plan, soonest due first, with the version of the case it was read at. */
public record CarePlan(long caseVersion, List<CarePlanItemView> items) {}
