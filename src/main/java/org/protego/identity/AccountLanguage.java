package org.protego.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A signed-in staff member who picks a language with {@code ?lang=} on any page keeps it on their account, as when
 * they pick it in the navigation bar; the page itself changes language through the shared cookie as for everyone.
 */
@Configuration(proxyBeanMethods = false)
class AccountLanguage implements WebMvcConfigurer, HandlerInterceptor {

    private final IdentityManagement identity;

    AccountLanguage(IdentityManagement identity) {
        this.identity = identity;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/css/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String wanted = request.getParameter("lang");
        if (wanted != null
                && StaffMember.current().isPresent()
                && IdentityManagement.offered(wanted).isPresent()) {
            identity.chooseLanguage(wanted);
        }
        return true;
    }
}
