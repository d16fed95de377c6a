package org.protego.reports;

import java.util.List;

/**
 * The answer to an industry member's bulk submission: the report's reference (null when no URL was accepted) and
 * one result per URL, in the order sent.
 */
public record BulkSubmission(String reference, int accepted, int rejected, List<UrlResult> results) {

    /** One URL's result: accepted with its canonical form, or refused with an error code. */
    public record UrlResult(String url, boolean accepted, String canonicalUrl, String error) {}
}
