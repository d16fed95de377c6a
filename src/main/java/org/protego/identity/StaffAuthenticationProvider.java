package org.protego.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Signs staff in with user name, password and the TOTP code typed on the same form. */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    /** What the sign-in form sends besides user name and password, and where it comes from. */
    record SignInDetails(String code, String clientAddress) {}

    /** Kept with a session: when it signed in, so that a later reset or disabling can end it. */
    record SignedInAt(Instant at) implements Serializable {}

    static final AuthenticationDetailsSource<HttpServletRequest, SignInDetails> DETAILS =
            request -> new SignInDetails(request.getParameter("code"), request.getRemoteAddr());

    private final SignIns signIns;

    StaffAuthenticationProvider(SignIns signIns) {
        this.signIns = signIns;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        SignInDetails details =
                authentication.getDetails() instanceof SignInDetails given ? given : new SignInDetails(null, null);
        String password = authentication.getCredentials() == null
                ? null
                : authentication.getCredentials().toString();
        SignIns.Outcome outcome =
                signIns.attempt(authentication.getName(), password, details.code(), details.clientAddress());
        if (outcome instanceof SignIns.SignedIn signedIn) {
            var session = authenticated(signedIn.staffMember());
            session.setDetails(new SignedInAt(signedIn.at()));
            return session;
        }
        // Wrong password, wrong code, unknown, locked, disabled, not enrolled or throttled: one answer for all.
        throw new BadCredentialsException("Sign-in refused");
    }

    static UsernamePasswordAuthenticationToken authenticated(StaffMember staffMember) {
        return UsernamePasswordAuthenticationToken.authenticated(
                staffMember,
                null,
                staffMember.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
