/**
 * Small value types and web conventions every module uses: canonical URLs, country codes, field encryption and
 * problem details.
 *
 * <p>No business rule belongs here, and this module depends on no other.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.protego.shared;
