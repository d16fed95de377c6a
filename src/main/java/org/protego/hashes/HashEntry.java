package org.protego.hashes;

import java.time.Instant;

/** A hash on a list, with its classification and series; nothing about the children is part of it. */
public record HashEntry(
        long id,
        String list,
        String algorithm,
        String value,
        String classification,
        String series,
        String source,
        Instant addedAt) {}
