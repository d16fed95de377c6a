package org.protego.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The page a form post returns to when its action is refused, as a path template whose {@code {variables}} are the
 * post's own path variables. Without it the refused post returns to the page at its own path.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReturnsOnRefusalTo {
    String value();
}
