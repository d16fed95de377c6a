package org.protego.reports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A report was durably stored and acknowledged to its reporter. */
public record ReportReceived(
        UUID reportId,
        String reference,
        UUID organisationId,
        Category category,
        Channel channel,
        List<ReportedUrl> urls,
        boolean childInDanger,
        boolean reporterIsChild,
        Instant receivedAt) {}
