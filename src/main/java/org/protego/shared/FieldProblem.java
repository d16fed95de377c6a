package org.protego.shared;

/** One thing wrong with one input field: the field's name, a stable error code and a human-readable detail. */
public record FieldProblem(String field, String code, String detail) {}
