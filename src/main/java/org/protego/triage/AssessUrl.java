package org.protego.triage;

/**
 * An analyst's assessment of one URL item, as raw input: codes of {@link AssessmentOutcome} and {@link Labels}, a
 * hosting country typed in or an IP address to look it up from, and a note.
 */
public record AssessUrl(
        String outcome,
        String ageBand,
        String apparentSex,
        String siteType,
        String hostingCountry,
        String hostingAddress,
        String note) {}
