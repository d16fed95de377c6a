package org.protego.shared;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Remembers the language a person chose in a cookie that lives only as long as the browser session, so that a shared
 * or public computer does not keep telling the next person which language was used; it is Secure whenever the request
 * came over HTTPS, directly or through a trusted proxy.
 */
final class LanguageCookie implements LocaleResolver {

    static final String NAME = "protego-lang";
    private static final String CHOSEN_IN_THIS_REQUEST = LanguageCookie.class.getName() + ".chosen";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN_IN_THIS_REQUEST) instanceof Locale chosen) {
            return chosen;
        }
        return fromCookie(request).orElseGet(() -> Languages.preferredOffered(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null) {
            return;
        }
        request.setAttribute(CHOSEN_IN_THIS_REQUEST, locale);
        ResponseCookie cookie = ResponseCookie.from(NAME, locale.getLanguage())
                .path("/")
                .httpOnly(true)
                .sameSite("Lax")
                .secure(request.isSecure())
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private static Optional<Locale> fromCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (NAME.equals(cookie.getName())) {
                return Languages.OFFERED.stream()
                        .filter(offered -> offered.getLanguage().equals(cookie.getValue()))
                        .findFirst();
            }
        }
        return Optional.empty();
    }
}
