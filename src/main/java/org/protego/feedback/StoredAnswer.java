package org.protego.feedback;

/** One stored answer as the figures need it; the comment is still encrypted. */
record StoredAnswer(
        java.util.UUID id, Integer treated, Integer safe, Integer helped, String recommend, String commentEncrypted) {}
