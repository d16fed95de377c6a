package org.protego.shared;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request refused for a reason its module names with an {@link ErrorCode}. The API answers with the code's status
 * and a problem detail; a page shows the code's message in the user's language; neither shows this exception's text.
 */
public class RefusedException extends RuntimeException {

    private final ErrorCode error;
    private final List<Object> arguments;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public RefusedException(ErrorCode error, Object... arguments) {
        super(error.code() + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.error = error;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    public ErrorCode error() {
        return error;
    }

    /** Values the message names, in the order of its {@code {0}}, {@code {1}} placeholders. */
    public List<Object> arguments() {
        return arguments;
    }

    /** Adds a property to the API's problem answer, for a client that acts on more than the message. */
    public RefusedException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** The problem answer's extra properties, in the order they were added. */
    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }
}
