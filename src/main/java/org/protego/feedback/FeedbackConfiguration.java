package org.protego.feedback;

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
        return PostRateLimitFilter.registered(
                "feedbackRateLimit",
                new PostRateLimitFilter(new RateLimiter(settings.attemptsPerMinute()), problems, LIMITED_PATHS));
    }
}
