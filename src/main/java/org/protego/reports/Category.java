package org.protego.reports;

import java.util.Arrays;
import java.util.Optional;

/** What a reporter saw, in the terms of the Luxembourg Guidelines. */
public enum Category {
    /** Child sexual abuse material online; needs at least one URL. */
    CHILD_SEXUAL_ABUSE_MATERIAL("child_sexual_abuse_material"),
    /** Grooming or sexual solicitation of a child online. */
    GROOMING("grooming"),
    /** Sexual exploitation of children in travel and tourism. */
    TRAVEL_AND_TOURISM("travel_and_tourism"),
    /** Sexual exploitation of children in prostitution. */
    PROSTITUTION("prostitution"),
    /** Trafficking of children. */
    TRAFFICKING("trafficking"),
    /** Any other concern about the sexual exploitation of a child. */
    OTHER("other");

    private final String code;

    Category(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean requiresUrl() {
        return this == CHILD_SEXUAL_ABUSE_MATERIAL;
    }

    public static Optional<Category> fromCode(String code) {
        return Arrays.stream(values())
                .filter(category -> category.code.equals(code))
                .findFirst();
    }
}
