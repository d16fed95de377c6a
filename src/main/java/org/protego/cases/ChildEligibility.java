package org.protego.cases;

import java.util.List;

/**
 * What a service's eligibility is checked against: the child's age in whole years today (from the date of birth, or
 * the estimate; null if neither is known), sex code, and language codes.
 */
public record ChildEligibility(Integer age, String sex, List<String> languages) {

    public ChildEligibility {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
