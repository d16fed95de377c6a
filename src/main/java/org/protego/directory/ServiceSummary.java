package org.protego.directory;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A service as other modules see it: who provides it, its state, and what its eligibility and referral types are.
 *
 * @param organisationId the Protego organisation whose service-provider staff receive its referrals
 * @param sexes the sexes it is restricted to; empty when it is open to every sex
 * @param needs the referral types it accepts, as codes of Protego's referral-type taxonomy ({@code shelter}, ...)
 */
public record ServiceSummary(
        UUID id,
        String name,
        String status,
        UUID organisationId,
        String organisationName,
        String sector,
        BigDecimal minimumAge,
        BigDecimal maximumAge,
        List<String> sexes,
        List<String> languages,
        List<String> needs) {

    public ServiceSummary {
        sexes = sexes == null ? List.of() : List.copyOf(sexes);
        languages = languages == null ? List.of() : List.copyOf(languages);
        needs = needs == null ? List.of() : List.copyOf(needs);
    }

    public boolean active() {
        return "active".equals(status);
    }

    /** Whether a child of this age in whole years fits the age range; an unknown age fits only an open range. */
    public boolean fitsAge(Integer age) {
        if (age == null) {
            return minimumAge == null && maximumAge == null;
        }
        BigDecimal years = BigDecimal.valueOf(age);
        return (minimumAge == null || minimumAge.compareTo(years) <= 0)
                && (maximumAge == null || maximumAge.compareTo(years) >= 0);
    }

    /** Whether a child of this sex fits: a restricted service fits only the sexes it names. */
    public boolean fitsSex(String sex) {
        return sexes.isEmpty() || sexes.contains(sex);
    }
}
