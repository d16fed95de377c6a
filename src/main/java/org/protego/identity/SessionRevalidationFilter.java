package org.protego.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a signed-in session against the database on every request, so that an administrator's change takes effect
 * on the user's next request: new roles are loaded, and a disabled, removed or reset account is signed out.
 */
class SessionRevalidationFilter extends OncePerRequestFilter {

    private final Users users;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SessionRevalidationFilter(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffMember signedIn) {
            // A session from before sign-in times were kept counts as signed in at the epoch.
            Instant signedInAt = authentication.getDetails() instanceof StaffAuthenticationProvider.SignedInAt at
                    ? at.at()
                    : Instant.EPOCH;
            Optional<Users.StoredUser> stored = users.byId(signedIn.userId());
            if (stored.isEmpty()
                    || !stored.get().enabled()
                    || stored.get().sessionsEndedAt() != null
                            && !stored.get().sessionsEndedAt().isBefore(signedInAt)) {
                signOut(request);
            } else if (!stored.get().asStaffMember().equals(signedIn)) {
                refresh(stored.get().asStaffMember(), signedInAt, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private static void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    private void refresh(
            StaffMember current, Instant signedInAt, HttpServletRequest request, HttpServletResponse response) {
        var authentication = StaffAuthenticationProvider.authenticated(current);
        authentication.setDetails(new StaffAuthenticationProvider.SignedInAt(signedInAt));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
