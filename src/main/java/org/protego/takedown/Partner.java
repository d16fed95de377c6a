package org.protego.takedown;

import java.util.UUID;

/** A partner hotline or law enforcement point of one country. */
public record Partner(UUID id, RecipientKind kind, String name, String contact, String country, String language) {}
