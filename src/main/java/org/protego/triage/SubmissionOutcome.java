package org.protego.triage;

/** What became of one URL an industry member submitted; no label about the children is ever part of it. */
public record SubmissionOutcome(String url, String canonicalUrl, UrlItemState state, String outcome) {}
