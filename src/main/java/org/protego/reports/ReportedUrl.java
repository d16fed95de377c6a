package org.protego.reports;

import org.protego.shared.CanonicalUrl;

/** A URL exactly as the reporter gave it, with its canonical form. */
public record ReportedUrl(String asReported, CanonicalUrl canonical) {}
