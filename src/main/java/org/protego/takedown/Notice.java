package org.protego.takedown;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice as sent: its rung on the ladder, recipient, generated text, when it was acknowledged, and how it left
 * Protego.
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
        Delivery delivery,
        Instant deliveredAt) {

    /** How a notice left Protego. */
    public enum Delivery {
        /** Recorded only, for the analyst to deliver: no SMTP server is configured, or the contact is no address. */
        RECORDED,
        /** E-mailed to the recipient's contact. */
        EMAILED
    }

    /** A notice just written, recorded for delivery. */
    static Notice recorded(
            UUID urlItemId,
            int step,
            Recipient recipient,
            String language,
            String subject,
            String body,
            String sentBy,
            Instant sentAt) {
        return new Notice(
                UUID.randomUUID(),
                urlItemId,
                step,
                recipient.kind(),
                recipient.name(),
                recipient.contact(),
                language,
                subject,
                body,
                sentBy,
                sentAt,
                null,
                Delivery.RECORDED,
                null);
    }

    boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    /** The notice with the recipient's acknowledgement; the aggregate refuses a second one. */
    Notice acknowledged(Instant at) {
        return with(at, delivery, deliveredAt);
    }

    /** The notice as e-mailed to its recipient's contact. */
    Notice emailed(Instant at) {
        return with(acknowledgedAt, Delivery.EMAILED, at);
    }

    private Notice with(Instant acknowledged, Delivery deliveredBy, Instant delivered) {
        return new Notice(
                id,
                urlItemId,
                step,
                recipientKind,
                recipientName,
                recipientContact,
                language,
                subject,
                body,
                sentBy,
                sentAt,
                acknowledged,
                deliveredBy,
                delivered);
    }
}
