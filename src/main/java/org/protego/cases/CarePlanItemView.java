package org.protego.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A care-plan item as the staff who may see the case read it.
 *
 * @param reason why the item was cancelled; null unless it is
 * @param overdue whether it is still open after its due day on a case still followed
 */
public record CarePlanItemView(
        UUID id,
        String kind,
        String description,
        String responsible,
        LocalDate dueOn,
        String status,
        String reason,
        boolean overdue,
        String createdBy,
        Instant createdAt,
        String statusChangedBy,
        Instant statusChangedAt) {}
