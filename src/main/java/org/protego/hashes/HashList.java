package org.protego.hashes;

/**
 * A hash list as administrators see it: its name, the organisation that owns it (whose analysts alone change it), and
 * whether the administrator's own organisation may read it.
 */
public record HashList(String name, String owner, boolean readable) {}
