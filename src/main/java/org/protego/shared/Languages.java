package org.protego.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The languages every page is offered in, chosen with {@code ?lang=} (remembered in a cookie for the browser session) or else from the
 * browser's preferences.
 */
@Configuration(proxyBeanMethods = false)
public class Languages implements WebMvcConfigurer {

    /** English first: it is the fallback for any language not offered. */
    public static final List<Locale> OFFERED = List.of(
            Locale.ENGLISH,
            Locale.FRENCH,
            Locale.forLanguageTag("es"),
            Locale.forLanguageTag("pt"),
            Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("ar"));

    public static boolean isRightToLeft(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageCookie();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new OfferedLanguagesOnly(change));
    }

    static Locale preferredOffered(HttpServletRequest request) {
        for (Locale wanted : Collections.list(request.getLocales())) {
            for (Locale offered : OFFERED) {
                if (offered.getLanguage().equals(wanted.getLanguage())) {
                    return offered;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** Ignores a {@code lang} parameter naming a language not offered, so no page is ever half translated. */
    private static final class OfferedLanguagesOnly implements org.springframework.web.servlet.HandlerInterceptor {
        private final LocaleChangeInterceptor delegate;

        OfferedLanguagesOnly(LocaleChangeInterceptor delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean preHandle(
                HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Object handler)
                throws jakarta.servlet.ServletException {
            String wanted = request.getParameter("lang");
            if (wanted != null
                    && OFFERED.stream().anyMatch(locale -> locale.getLanguage().equals(wanted))) {
                return delegate.preHandle(request, response, handler);
            }
            return true;
        }
    }
}
