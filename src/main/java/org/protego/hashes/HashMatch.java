package org.protego.hashes;

/** One list entry matching a queried hash, at a Hamming distance (0 for exact algorithms). */
public record HashMatch(long entryId, int distance, String classification, String list) {}
