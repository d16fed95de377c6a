package org.protego.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.protego.shared.ProblemResponder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API clients by the bearer token an administrator issued them; a wrong token is refused outright. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final Users users;
    private final ProblemResponder problems;

    ApiTokenAuthenticationFilter(Users users, ProblemResponder problems) {
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).trim();
        var user = users.byTokenHash(IdentityManagement.hashOfToken(token)).filter(Users.StoredUser::enabled);
        if (user.isEmpty()) {
            problems.write(response, 401, "unauthorized", "Unauthorized", "The API token is unknown or revoked.");
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
}
