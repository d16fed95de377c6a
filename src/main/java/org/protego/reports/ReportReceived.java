package org.protego.reports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report was durably stored and acknowledged to its reporter.
 *
 * @param country the ISO 3166 alpha-2 code of the country the report concerns, or null when the reporter gave none
 */
public record ReportReceived(
        UUID reportId,
        String reference,
        UUID organisationId,
        Category category,
        Channel channel,
        List<ReportedUrl> urls,
        boolean childInDanger,
        boolean reporterIsChild,
        Instant receivedAt,
        String country) {}
