package org.protego.identity;

import java.util.List;
import java.util.Optional;
import org.protego.shared.InvalidRequestException;

/**
 * The name of the team a staff member works in within their organisation, trimmed: 1 to 80 letters, digits, spaces,
 * dashes or underscores, so that it reads the same on every page and in every audit entry.
 */
record TeamName(String value) {

    static final int MAX_LENGTH = 80;
    private static final String ALLOWED = "[\\p{L}\\p{N} _-]{1," + MAX_LENGTH + "}";

    TeamName {
        if (value == null || !value.equals(value.strip()) || !value.matches(ALLOWED)) {
            throw new InvalidRequestException(List.of(IdentityError.TEAM_INVALID.problem(String.valueOf(MAX_LENGTH))));
        }
    }

    /** The team a form or request names; nothing, blank or only spaces means no team. */
    static Optional<TeamName> given(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new TeamName(raw.strip()));
    }
}
