package org.protego.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One thing wrong with one input field: the field's name, the stable code of what is wrong, and the message key and
 * arguments that say it in the reader's language.
 */
public record FieldProblem(String field, String code, String messageKey, List<Object> arguments) {

    public FieldProblem {
        // A message may name a value that is absent; List.copyOf would refuse the null.
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public FieldProblem(String field, ErrorCode error, Object... arguments) {
        this(field, error.code(), error.messageKey(), Arrays.asList(arguments));
    }
}
