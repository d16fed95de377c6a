/**
 * Referrals of a child from a case to a service of another organisation (health, welfare, education, justice, law
 * enforcement, civil society), with the consent the sharing needs, the fields shared, and a clock for every step
 * until the service is completed and the loop closes.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "identity", "cases", "directory"})
package org.protego.referrals;
