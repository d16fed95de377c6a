/**
 * Victim case management: a child is registered from a report, a helpline contact or directly, protected (guardian,
 * consents), assessed (best interests), and followed until the case closes.
 *
 * <p>Identifying data about the child is encrypted at rest; every read of it is audited with its purpose; every
 * change is versioned, and a change made against an old version is refused instead of overwriting.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "identity", "reports"})
package org.protego.cases;
