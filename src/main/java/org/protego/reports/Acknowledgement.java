package org.protego.reports;

/** What a reporter is told once the report is stored: its reference and the code to follow it up, shown once. */
public record Acknowledgement(String reference, String followUpCode, ReportStatus status) {}
