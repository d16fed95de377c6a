package org.protego.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A visit or contact with the child as the staff who may see the case read it. */
public record FollowUpView(
        UUID id,
        String kind,
        LocalDate happenedOn,
        String notes,
        LocalDate nextDueOn,
        String recordedBy,
        Instant recordedAt) {}
