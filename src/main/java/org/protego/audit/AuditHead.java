package org.protego.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed statement of the audit chain at one entry: its sequence number and seal. Exported and kept outside the
 * server, it lets a verifier tell later whether the chain up to that entry was rewritten or cut short. The signature
 * is ECDSA P-256 over the UTF-8 bytes of {@code signedText}, checkable with {@code openssl dgst -sha256 -verify}.
 */
public record AuditHead(long sequence, String entryHash, Instant recordedAt, String signedText, String signature) {

    /** The exact text that is signed, rebuilt from the head's fields. */
    static String textOf(long sequence, String entryHash, Instant recordedAt) {
        return "protego-audit-head-v1\n"
                + "sequence: " + sequence + "\n"
                + "entry-hash: " + entryHash + "\n"
                + "recorded-at: " + recordedAt + "\n";
    }

    byte[] signedBytes() {
        return textOf(sequence, entryHash, recordedAt).getBytes(StandardCharsets.UTF_8);
    }
}
