package org.protego.identity;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user or API client a request acts for, with the organisation that bounds what it may see. */
public record StaffMember(UUID userId, String username, UUID organisationId, String organisationName, Set<Role> roles)
        implements Principal {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** For templates, which name roles as text. */
    public boolean hasRole(String roleName) {
        return roles.stream().anyMatch(role -> role.name().equals(roleName));
    }

    /** The staff member the current request acts for, if it is signed in or carries an API token. */
    public static Optional<StaffMember> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffMember staffMember
                ? Optional.of(staffMember)
                : Optional.empty();
    }

    /** The current staff member, for facade methods that a privilege check already guards. */
    public static StaffMember required() {
        return current().orElseThrow(() -> new AccessDeniedException("No staff member is signed in"));
    }
}
