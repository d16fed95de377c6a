package org.protego.shared;

/** What was asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends RefusedException {

    public NotFoundException(ErrorCode error, Object... arguments) {
        super(error, arguments);
    }
}
