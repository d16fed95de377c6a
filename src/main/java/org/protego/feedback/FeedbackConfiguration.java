package org.protego.feedback;

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
 * Reads the module's settings, and limits how many codes and answers one client may send a minute: 60 random bits
 * cannot be guessed, and the limit keeps anyone from trying.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedbackSettings.class)
class FeedbackConfiguration {

    static final Set<String> LIMITED_PATHS = Set.of(FeedbackController.PAGE, FeedbackController.ANSWERS);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> feedbackRateLimit(
            FeedbackSettings settings, ProblemResponder problems) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(
                new PerClientLimit(new RateLimiter(settings.attemptsPerMinute()), problems));
        registration.setName("feedbackRateLimit");
        // Every request passes the filter, which decides on the path as routed (ProblemResponder.routedPath).
        registration.addUrlPatterns("/*");
        return registration;
    }

    static final class PerClientLimit extends OncePerRequestFilter {

        private final RateLimiter limiter;
        private final ProblemResponder problems;

        PerClientLimit(RateLimiter limiter, ProblemResponder problems) {
            this.limiter = limiter;
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean limited =
                    "POST".equals(request.getMethod()) && LIMITED_PATHS.contains(ProblemResponder.routedPath(request));
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
