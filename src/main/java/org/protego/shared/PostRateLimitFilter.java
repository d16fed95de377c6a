package org.protego.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 to a client that sends more POSTs a minute to some public paths than its {@link RateLimiter} allows, so
 * that floods and code guessing stop before they reach a controller.
 */
public final class PostRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final ProblemResponder problems;
    private final Set<String> limitedPaths;

    public PostRateLimitFilter(RateLimiter limiter, ProblemResponder problems, Set<String> limitedPaths) {
        this.limiter = limiter;
        this.problems = problems;
        this.limitedPaths = Set.copyOf(limitedPaths);
    }

    /** The filter registered under a name for every request; it decides on the path as routed. */
    public static FilterRegistrationBean<OncePerRequestFilter> registered(String name, PostRateLimitFilter filter) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.setName(name);
        // Every request passes the filter, which decides on the path as routed (ProblemResponder.routedPath).
        registration.addUrlPatterns("/*");
        return registration;
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
