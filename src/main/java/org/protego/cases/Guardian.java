package org.protego.cases;

import java.time.Instant;

/** The guardian appointed for an unaccompanied or separated child: who, from which organisation, and when. */
public record Guardian(String name, String organisation, Instant appointedAt) {}
