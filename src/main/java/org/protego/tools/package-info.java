/**
 * The command-line tools shipped in the jar: hashing image files on the hotline's own machine, and the benchmarks of
 * PDQ hashing, hash matching and block list publication; they reach the modules only through their public API.
 *
 * <p>Nothing the running server does belongs here, and no module may depend on this one.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "hashes", "blocklist"})
package org.protego.tools;
