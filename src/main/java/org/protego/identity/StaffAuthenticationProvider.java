package org.protego.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Signs staff in with user name, password and the TOTP code typed on the same form. */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    record SignInDetails(String code) {}

    static final AuthenticationDetailsSource<HttpServletRequest, SignInDetails> DETAILS =
            request -> new SignInDetails(request.getParameter("code"));

    private final SignIns signIns;

    StaffAuthenticationProvider(SignIns signIns) {
        this.signIns = signIns;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String code = authentication.getDetails() instanceof SignInDetails details ? details.code() : null;
        String password = authentication.getCredentials() == null
                ? null
                : authentication.getCredentials().toString();
        SignIns.Outcome outcome = signIns.attempt(authentication.getName(), password, code);
        if (outcome instanceof SignIns.SignedIn signedIn) {
            return authenticated(signedIn.staffMember());
        }
        if (outcome instanceof SignIns.Locked) {
            throw new LockedException("Account locked after repeated failures");
        }
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
