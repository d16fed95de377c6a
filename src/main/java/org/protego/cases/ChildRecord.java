package org.protego.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * Who the child is. Names, dates, languages and documents identify the child and are stored encrypted; sex,
 * nationality and the age band derived from the dates are kept in the clear for indicators. No photo is ever kept.
 *
 * @param ageEstimationMethod how an estimated age was arrived at (for example the child's own account, documents,
 *     a medical assessment), so that a later decision can weigh it
 */
public record ChildRecord(
        String givenName,
        String familyName,
        String otherNames,
        String sex,
        LocalDate dateOfBirth,
        Integer estimatedAge,
        String ageEstimationMethod,
        String nationality,
        List<String> languages,
        List<IdentityDocument> identityDocuments) {

    public ChildRecord {
        languages = languages == null ? null : List.copyOf(languages);
        identityDocuments = identityDocuments == null ? null : List.copyOf(identityDocuments);
    }

    /** The name as staff read it in lists. */
    public String displayName() {
        String given = givenName == null ? "" : givenName;
        String family = familyName == null ? "" : familyName;
        return (given + " " + family).trim();
    }
}
