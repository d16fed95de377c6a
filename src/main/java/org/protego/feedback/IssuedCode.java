package org.protego.feedback;

import java.time.Instant;

/** A feedback code as it is shown once to the case worker who gives it to the child; only its hash is kept. */
public record IssuedCode(String code, Instant expiresAt) {}
