/**
 * The known-content hash list and its matching service: PDQ perceptual hashes computed from the published
 * algorithm, exact hashes, series of entries, and a multi-index hashing index that answers matches exactly.
 *
 * <p>Images are never stored, displayed or transmitted here: only hashes and their classification.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "identity"})
package org.protego.hashes;
