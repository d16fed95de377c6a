/**
 * Triage and assessment of what was reported: URL items keyed by canonical URL, the analyst's priority queue,
 * assessments with hosting country, and each report's progress as its items are assessed.
 *
 * <p>Notices, takedown and block lists act on assessed items later and belong to their own modules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "identity", "reports"})
package org.protego.triage;
