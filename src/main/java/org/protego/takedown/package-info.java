/**
 * Notice and takedown: the directory of hosting providers and partners, notices with their clock, the escalation
 * ladder for content still online, analysts' re-checks, confirmed removal, and the timing indicators.
 *
 * <p>The platform never fetches reported content; whether it is still online is what an analyst records.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "identity", "triage"})
package org.protego.takedown;
