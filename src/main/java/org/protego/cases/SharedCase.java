package org.protego.cases;

import java.util.Map;
import java.util.UUID;

/**
 * What a case shares with a service it refers the child to: the fields named, with their values as the cases API
 * names and shows them, and the few facts that never identify the child (sex, age band) for the referral's figures.
 *
 * @param values the shared fields in the order asked for; a field the case has no value for maps to null
 */
public record SharedCase(
        UUID caseId, String caseNumber, UUID organisationId, String sex, String ageBand, Map<String, Object> values) {}
