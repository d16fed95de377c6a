package org.protego.cases;

/** A supervisor's override of a missing consent: for which purpose (and recipient), and the written reason. */
public record OverrideConsent(String purpose, String recipientOrganisation, String reason) {}
