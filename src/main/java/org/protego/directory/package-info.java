/**
 * The service directory: service providers' organisations, services, locations, opening hours and eligibility, kept
 * as Open Referral HSDS 3.0 documents, searched by what fits a child, imported and exported as HSDS, and served
 * through HSDS's read API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "identity"})
package org.protego.directory;
