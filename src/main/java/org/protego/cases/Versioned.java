package org.protego.cases;

/** What a change to a case recorded, with the version of the case the change made. */
public record Versioned<T>(long caseVersion, T value) {}
