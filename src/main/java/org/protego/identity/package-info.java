/**
 * Who may do what: organisations, staff users with their roles, passwords and TOTP second factor, API tokens, and
 * the security rules that deny everything not explicitly allowed.
 *
 * <p>What a role may do inside another module is decided by that module's facade, not here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package org.protego.identity;
