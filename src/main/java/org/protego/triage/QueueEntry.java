package org.protego.triage;

import java.time.Instant;
import java.util.UUID;
import org.protego.reports.Category;
import org.protego.reports.Channel;

/** One open report in an analyst's queue, with what decides its place in it. */
public record QueueEntry(
        UUID reportId,
        String reference,
        Category category,
        Channel channel,
        boolean childInDanger,
        boolean reporterIsChild,
        Instant receivedAt,
        int urlCount,
        int awaitingAssessment) {}
