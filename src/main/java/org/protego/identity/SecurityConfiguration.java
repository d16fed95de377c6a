package org.protego.identity;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.protego.shared.ProblemResponder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

/** Deny by default: two filter chains, one for the JSON API (tokens, no session) and one for pages. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentitySettings.class)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    static final String[] PUBLIC_PAGES = {
        "/",
        "/report",
        "/report/**",
        "/feedback",
        "/feedback/**",
        "/images/**",
        "/login",
        "/enrol",
        "/css/**",
        "/favicon.ico",
        "/error",
        "/actuator/health",
        "/v3/api-docs",
        "/v3/api-docs/**"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            Users users,
            ProblemResponder problems,
            Clock clock,
            ObjectProvider<AnonymousApiReads> anonymousReads)
            throws Exception {
        String[] publicReads = anonymousReads
                .orderedStream()
                .flatMap(reads -> reads.paths().stream())
                .toArray(String[]::new);
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiTokenAuthenticationFilter(users, problems, clock), AuthorizationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> problems.write(
                                response, 401, "unauthorized", "Unauthorized", "An API token is required."))
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                response, 403, "forbidden", "Forbidden", "You are not allowed to do this.")))
                // A streamed answer finishes on an async dispatch of a request that was already authorised.
                .authorizeHttpRequests(requests -> {
                    requests.dispatcherTypeMatchers(DispatcherType.ASYNC)
                            .permitAll()
                            .requestMatchers(
                                    HttpMethod.POST, "/api/v1/reports", "/api/v1/reports/status", "/api/v1/enrolments")
                            .permitAll()
                            .requestMatchers(HttpMethod.GET, "/api/v1/blocklist/public-key")
                            .permitAll();
                    // Guarded: a method matcher without patterns would let every GET through.
                    if (publicReads.length > 0) {
                        requests.requestMatchers(HttpMethod.GET, publicReads).permitAll();
                    }
                    requests.requestMatchers("/api/v1/admin/**", "/api/v1/audit/**")
                            .hasRole(Role.ADMIN.name())
                            .requestMatchers("/api/v1/**")
                            .authenticated()
                            .anyRequest()
                            .denyAll();
                })
                .headers(this::secureHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(
            HttpSecurity http, StaffAuthenticationProvider staffAuthentication, Users users, LocaleResolver languages)
            throws Exception {
        // Its own manager, without the global one as parent: that parent holds the same provider bean, and asking it
        // after a refusal would count every failed sign-in twice.
        http.authenticationManager(new ProviderManager(staffAuthentication))
                .addFilterBefore(new SessionRevalidationFilter(users, languages), AuthorizationFilter.class)
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(StaffAuthenticationProvider.DETAILS)
                        .defaultSuccessUrl("/staff", true)
                        // Locked, throttled, unknown or wrong: one answer, so a refusal tells an attacker nothing.
                        .failureHandler((request, response, e) ->
                                response.sendRedirect(request.getContextPath() + "/login?error"))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/staff/**")
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .headers(this::secureHeaders);
        return http.build();
    }

    private void secureHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(frame -> frame.deny());
    }
}
