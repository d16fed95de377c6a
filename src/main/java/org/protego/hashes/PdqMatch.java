package org.protego.hashes;

/**
 * One answer of a {@link PdqIndex} search: an entry whose hash lies within the asked distance of the query.
 *
 * @param entryId the entry's id, as it was added to the index
 * @param distance the Hamming distance between the entry's hash and the query, 0 to 256
 */
public record PdqMatch(long entryId, int distance) {}
