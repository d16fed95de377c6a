package org.protego.cases;

/**
 * One field of a case changed by one write: its name as the API spells it, and its value before and after as text
 * (null where there was none). Values are kept encrypted in the history.
 */
public record FieldChange(String field, String before, String after) {}
