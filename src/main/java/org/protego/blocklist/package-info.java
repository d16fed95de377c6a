/**
 * The block list for ISPs, mobile operators and search engines: signed, versioned lists with deltas, published as a
 * hashed-URL feed and a DNS response policy zone, guarded by a canary allow-list and a cap on additions, with appeals.
 *
 * <p>Deciding what is illegal belongs to triage, and removal at the source to takedown; this module only lists.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "identity", "triage", "takedown"})
package org.protego.blocklist;
