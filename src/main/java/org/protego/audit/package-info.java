/**
 * The append-only, hash-chained audit log: every state change and every staff read of sensitive data is recorded
 * here in the same transaction, and the chain can be verified.
 *
 * <p>Business rules about what is audited belong to the modules that call it, not here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.protego.audit;
