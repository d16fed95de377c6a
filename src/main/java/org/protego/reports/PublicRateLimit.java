package org.protego.reports;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.protego.shared.ProblemResponder;
import org.protego.shared.RateLimiter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how many reports and status look-ups one client may send per minute, so that floods and follow-up code
 * guessing are answered with 429 instead of filling the queue. Zero turns a limit off.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportSettings.class)
class PublicRateLimit {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> reportRateLimit(ReportSettings settings, ProblemResponder problems) {
        return registration(
                "reportRateLimit",
                new PerClientLimit(
                        new RateLimiter(settings.rateLimit().reportsPerMinute()),
                        problems,
                        Set.of("/report", "/api/v1/reports")));
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> statusRateLimit(ReportSettings settings, ProblemResponder problems) {
        return registration(
                "statusRateLimit",
                new PerClientLimit(
                        new RateLimiter(settings.rateLimit().statusLookupsPerMinute()),
                        problems,
                        Set.of("/report/status", "/api/v1/reports/status")));
    }

    private static FilterRegistrationBean<OncePerRequestFilter> registration(String name, PerClientLimit limit) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(limit);
        registration.setName(name);
        // Every request passes the filter, which decides on the path as routed (ProblemResponder.routedPath).
        registration.addUrlPatterns("/*");
        return registration;
    }

    static final class PerClientLimit extends OncePerRequestFilter {

        private final RateLimiter limiter;
        private final ProblemResponder problems;
        private final Set<String> limitedPaths;

        PerClientLimit(RateLimiter limiter, ProblemResponder problems, Set<String> limitedPaths) {
            this.limiter = limiter;
            this.problems = problems;
            this.limitedPaths = limitedPaths;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean limited =
                    "POST".equals(request.getMethod()) && limitedPaths.contains(ProblemResponder.routedPath(request));
            if (!limited || limiter.tryAcquire(RateLimiter.clientKey(request.getRemoteAddr()))) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader("Retry-After", "60");
            problems.refuse(
                    request,
                    response,
                    429,
                    "too-many-requests",
                    "Too many requests",
                    "Too many requests from this address; try again in a minute.");
        }
    }
}
