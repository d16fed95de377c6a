package org.protego.takedown;

import java.time.Instant;
import java.util.UUID;

/** A notice about a URL item went to a provider, partner or law enforcement point. */
public record NoticeSent(UUID noticeId, UUID urlItemId, RecipientKind recipientKind, int step, Instant sentAt) {}
