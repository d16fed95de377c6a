package org.protego.monitoring;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Years far in the future that no other test of this JVM records facts in, so that a test's figures are its own:
 * every test of the JVM shares one database. The year before each is left unused too, for comparisons with it.
 */
final class FactYears {

    private static final AtomicInteger NEXT = new AtomicInteger(2101);

    private FactYears() {}

    static int unused() {
        return NEXT.getAndAdd(2);
    }
}
