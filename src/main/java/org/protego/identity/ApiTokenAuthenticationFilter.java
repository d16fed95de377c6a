package org.protego.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.protego.shared.ProblemResponder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API clients by the bearer token an administrator issued them. A token that is unknown, revoked or
 * expired, or whose user is disabled, is refused outright, as is the bootstrap token once a real administrator exists.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final Users users;
    private final ProblemResponder problems;
    private final Clock clock;

    ApiTokenAuthenticationFilter(Users users, ProblemResponder problems, Clock clock) {
        this.users = users;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Users.StoredToken> token = users.tokenByHash(
                IdentityManagement.hashOfToken(header.substring(7).trim()));
        Instant now = clock.instant();
        if (token.isEmpty() || token.get().revokedAt() != null) {
            refuse(response, "The API token is unknown or revoked.");
            return;
        }
        if (!token.get().activeAt(now)) {
            refuse(response, "The API token has expired; ask an administrator for a new one.");
            return;
        }
        Optional<Users.StoredUser> user = users.byId(token.get().userId());
        if (user.isEmpty() || !user.get().enabled()) {
            refuse(response, "The API token belongs to a disabled account.");
            return;
        }
        if (user.get().username().equals(BootstrapAdministrator.USERNAME)
                && users.administratorExistsBesides(BootstrapAdministrator.USERNAME)) {
            refuse(response, "The bootstrap token is no longer accepted: an administrator exists.");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                StaffAuthenticationProvider.authenticated(user.get().asStaffMember()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void refuse(HttpServletResponse response, String detail) throws IOException {
        problems.write(response, 401, "unauthorized", "Unauthorized", detail);
    }
}
