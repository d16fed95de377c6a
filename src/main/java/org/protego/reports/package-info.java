/**
 * Intake of reports from the public, children, helplines and partner apps, with a reference and follow-up code,
 * and the plain-words status a reporter can look up.
 *
 * <p>Assessment of the reported content belongs to triage, which tells this module how each report progresses.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "identity"})
package org.protego.reports;
