package org.protego.reports;

import java.util.Set;
import org.protego.shared.PostRateLimitFilter;
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
        return PostRateLimitFilter.registered(
                "reportRateLimit",
                new PostRateLimitFilter(
                        new RateLimiter(settings.rateLimit().reportsPerMinute()),
                        problems,
                        Set.of("/report", "/api/v1/reports")));
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> statusRateLimit(ReportSettings settings, ProblemResponder problems) {
        return PostRateLimitFilter.registered(
                "statusRateLimit",
                new PostRateLimitFilter(
                        new RateLimiter(settings.rateLimit().statusLookupsPerMinute()),
                        problems,
                        Set.of("/report/status", "/api/v1/reports/status")));
    }
}
