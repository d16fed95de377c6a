package org.protego.hashes;

import java.util.List;

/** The matches of one queried hash. */
public record MatchResult(String value, List<HashMatch> matches) {}
