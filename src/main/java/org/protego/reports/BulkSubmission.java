package org.protego.reports;

import java.util.List;

/**
 * The answer to an industry member's bulk submission: the report's reference (null when no URL was accepted) and
 * one result per URL, in the order sent.
 */
public record BulkSubmission(String reference, int accepted, int rejected, List<UrlResult> results) {

    /** One URL's result: accepted with its canonical form, or refused with an error code. */
    public record UrlResult(String url, boolean accepted, String canonicalUrl, String error) {

        /** How much of a refused URL is echoed back: enough to recognise it, never a whole oversized value. */
        static final int MAX_ECHOED_LENGTH = 200;

        static UrlResult accepted(String url, String canonicalUrl) {
            return new UrlResult(url, true, canonicalUrl, null);
        }

        static UrlResult refused(String url, String error) {
            return new UrlResult(truncated(url), false, null, error);
        }

        private static String truncated(String url) {
            if (url == null || url.codePointCount(0, url.length()) <= MAX_ECHOED_LENGTH) {
                return url;
            }
            return url.substring(0, url.offsetByCodePoints(0, MAX_ECHOED_LENGTH)) + "…";
        }
    }
}
