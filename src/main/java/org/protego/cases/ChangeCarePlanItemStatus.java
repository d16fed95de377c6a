package org.protego.cases;

/**
 * A care-plan item's new status: {@code done}, {@code cancelled} (which needs a reason) or {@code open} again.
 */
public record ChangeCarePlanItemStatus(String status, String reason) {}
