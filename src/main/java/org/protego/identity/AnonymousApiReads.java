package org.protego.identity;

import java.util.List;

/**
 * Paths of the JSON API that a module lets anyone read without a token, for data the deployment chose to publish,
 * such as the service directory. Only GET requests to them are let through; everything else stays denied by default.
 */
public interface AnonymousApiReads {

    /** Path patterns, such as {@code /api/v1/directory/hsds/services/**}; empty when nothing is public. */
    List<String> paths();
}
