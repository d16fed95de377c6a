package org.protego.shared;

/** The request cannot be carried out in the current state of what it acts on; the code names that state. */
public class ConflictException extends RefusedException {

    public ConflictException(ErrorCode error, Object... arguments) {
        super(error, arguments);
    }
}
