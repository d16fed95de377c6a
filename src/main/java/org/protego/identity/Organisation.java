package org.protego.identity;

import java.util.UUID;

/** One organisation of the national network: the hotline, a helpline, a child protection service, the police. */
public record Organisation(UUID id, String name) {}
