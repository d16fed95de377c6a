package org.protego.cases;

import java.time.LocalDate;
import java.time.Period;

/**
 * The age bands indicators are broken down by, as the UN's child-protection statistics use them; a band, not an age,
 * is what leaves the module, so that figures cannot single a child out.
 */
public enum AgeBand {
    UNDER_5("0-4"),
    FROM_5_TO_9("5-9"),
    FROM_10_TO_14("10-14"),
    FROM_15_TO_17("15-17"),
    ADULT("18+");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static AgeBand ofAge(int years) {
        if (years < 5) {
            return UNDER_5;
        }
        if (years < 10) {
            return FROM_5_TO_9;
        }
        if (years < 15) {
            return FROM_10_TO_14;
        }
        return years < 18 ? FROM_15_TO_17 : ADULT;
    }

    /** The band on a day, from the date of birth where it is known and from the estimated age otherwise. */
    static AgeBand of(LocalDate dateOfBirth, Integer estimatedAge, LocalDate on) {
        if (dateOfBirth != null) {
            return ofAge(Period.between(dateOfBirth, on).getYears());
        }
        return ofAge(estimatedAge == null ? 0 : estimatedAge);
    }

    static AgeBand fromLabel(String label) {
        for (AgeBand band : values()) {
            if (band.label.equals(label)) {
                return band;
            }
        }
        throw new IllegalArgumentException("Unknown age band " + label);
    }
}
