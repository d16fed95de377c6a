package org.protego.takedown;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice as sent: its rung on the ladder, recipient, generated text, when it was acknowledged, and whether it was
 * e-mailed ({@code EMAILED}) or only recorded for the analyst to deliver ({@code RECORDED}).
 */
public record Notice(
        UUID id,
        UUID urlItemId,
        int step,
        RecipientKind recipientKind,
        String recipientName,
        String recipientContact,
        String language,
        String subject,
        String body,
        String sentBy,
        Instant sentAt,
        Instant acknowledgedAt,
        String delivery,
        Instant deliveredAt) {}
