/**
 * The command-line tools shipped in the jar: hashing image files on the hotline's own machine, and the benchmarks of
 * PDQ hashing, hash matching, block list publication, the case module's lists, searches and openings, and monitoring's
 * dashboards; they reach
 * the modules only through their public API.
 *
 * <p>Nothing the running server does belongs here, and no module may depend on this one.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "hashes", "blocklist", "cases", "identity", "monitoring"})
package org.protego.tools;
