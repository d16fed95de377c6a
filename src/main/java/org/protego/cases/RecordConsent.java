package org.protego.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A consent as a case worker records it: the purpose and who gave it by their API codes, the recipient for sharing,
 * when it was given (now when absent) and the last day it holds (none when absent).
 */
public record RecordConsent(
        String purpose, String givenBy, String recipientOrganisation, Instant givenAt, LocalDate expiresOn) {}
