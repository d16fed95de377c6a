package org.protego.reports;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.protego.shared.ProblemResponder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how many reports and status look-ups one client address may send per minute, so that floods and
 * follow-up code guessing are answered with 429 instead of filling the queue. Zero turns a limit off.
 */
@Configuration(proxyBeanMethods = false)
class PublicRateLimit {

    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> reportRateLimit(
            @Value("${protego.rate-limit.reports-per-minute}") int reportsPerMinute, ProblemResponder problems) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(
                new PerAddressLimit(reportsPerMinute, problems, "/report", "/api/v1/reports"));
        registration.setName("reportRateLimit");
        registration.addUrlPatterns("/report", "/api/v1/reports");
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> statusRateLimit(
            @Value("${protego.rate-limit.status-lookups-per-minute}") int lookupsPerMinute, ProblemResponder problems) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(
                new PerAddressLimit(lookupsPerMinute, problems, "/report/status", "/api/v1/reports/status"));
        registration.setName("statusRateLimit");
        registration.addUrlPatterns("/report/status", "/api/v1/reports/status");
        return registration;
    }

    static final class PerAddressLimit extends OncePerRequestFilter {

        private final int perMinute;
        private final ProblemResponder problems;
        private final String pagePath;
        private final String apiPath;
        private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

        PerAddressLimit(int perMinute, ProblemResponder problems, String pagePath, String apiPath) {
            this.perMinute = perMinute;
            this.problems = problems;
            this.pagePath = pagePath;
            this.apiPath = apiPath;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            boolean limited = perMinute > 0
                    && "POST".equals(request.getMethod())
                    && (path.equals(pagePath) || path.equals(apiPath));
            if (!limited || bucketFor(request.getRemoteAddr()).tryConsume(1)) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader("Retry-After", "60");
            if (path.startsWith("/api/")) {
                problems.write(
                        response,
                        429,
                        "too-many-requests",
                        "Too many requests",
                        "Too many requests from this address; try again in a minute.");
            } else {
                response.sendError(429);
            }
        }

        private Bucket bucketFor(String address) {
            if (buckets.size() > MAX_TRACKED_ADDRESSES) {
                // A flood from many addresses must not exhaust memory; forgetting old buckets only resets limits.
                buckets.clear();
            }
            return buckets.computeIfAbsent(
                    address,
                    a -> Bucket.builder()
                            .addLimit(Bandwidth.builder()
                                    .capacity(perMinute)
                                    .refillGreedy(perMinute, Duration.ofMinutes(1))
                                    .build())
                            .build());
        }
    }
}
