package org.protego.triage;

import java.time.Instant;
import java.util.UUID;

/** An analyst assessed a URL item; notice, takedown and block list modules act on illegal outcomes. */
public record UrlAssessed(
        UUID urlItemId,
        UUID organisationId,
        String canonicalUrl,
        String host,
        AssessmentOutcome outcome,
        String hostingCountry,
        Instant firstReportedAt,
        Instant assessedAt,
        String assessedBy) {}
