package org.protego.hashes;

import java.util.List;

/**
 * One hash to match: its algorithm and hex value; for PDQ the caller may add the other dihedral variants its own
 * hasher derived, so that a rotated or mirrored copy matches too.
 */
public record HashQuery(String algorithm, String value, List<String> dihedralVariants) {}
