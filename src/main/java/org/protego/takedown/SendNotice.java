package org.protego.takedown;

import java.util.UUID;

/** Sends a notice about a URL item to a provider (chosen from the directory), a partner hotline or law enforcement. */
public record SendNotice(RecipientKind recipientKind, UUID providerId) {}
