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
import org.springframework.web.servlet.LocaleResolver;

/**
 * Checks a signed-in session against the database on every request, so that an administrator's change takes effect
 * on the user's next request: new roles are loaded, and a disabled, removed or reset account is signed out. The
 * language the user chose on their account is applied too, so that it follows them to every browser they sign in
 * from, while a person who is not signed in keeps the one their cookie remembers.
 */
class SessionRevalidationFilter extends OncePerRequestFilter {

    private final Users users;
    private final LocaleResolver languages;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SessionRevalidationFilter(Users users, LocaleResolver languages) {
        this.users = users;
        this.languages = languages;
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
            } else {
                if (!stored.get().asStaffMember().equals(signedIn)) {
                    refresh(stored.get().asStaffMember(), signedInAt, request, response);
                }
                useAccountLanguage(stored.get(), request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private void useAccountLanguage(Users.StoredUser user, HttpServletRequest request, HttpServletResponse response) {
        IdentityManagement.offered(user.language())
                .filter(chosen -> !chosen.equals(languages.resolveLocale(request)))
                .ifPresent(chosen -> languages.setLocale(request, response, chosen));
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
