package org.protego.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the size of request bodies per route before anything reads them: a body declared too large is refused at once,
 * and one sent without a declared length is cut off where it passes the cap. Either way the answer is 413 and nothing
 * is stored.
 */
public class RequestBodyLimits extends OncePerRequestFilter {

    /** The caps, configurable under {@code protego.request-limits}. */
    @ConfigurationProperties("protego.request-limits")
    public record Caps(
            @DefaultValue("256KB") DataSize anonymous,
            @DefaultValue("25MB") DataSize industryBulk,
            @DefaultValue("200MB") DataSize imports,
            @DefaultValue("1MB") DataSize staff) {

        public Caps {
            for (DataSize cap : List.of(anonymous, industryBulk, imports, staff)) {
                if (cap.toBytes() <= 0) {
                    throw new IllegalArgumentException("protego.request-limits must all be positive sizes");
                }
            }
        }
    }

    /** Routes anyone may post to without signing in; the smallest cap keeps them cheap to refuse. */
    private static final Pattern ANONYMOUS = Pattern.compile(
            "/api/v1/reports|/api/v1/reports/status|/api/v1/enrolments|/report|/report/status|/enrol|/login|/logout|/feedback|/feedback/answers");

    private static final Pattern INDUSTRY_BULK = Pattern.compile("/api/v1/industry/reports");

    private static final Pattern IMPORTS = Pattern.compile(
            "/api/v1/admin/hashes/lists/[^/]+/import|/admin/hash-lists/import|/api/v1/admin/ip-ranges|/admin/ip-ranges"
                    + "|/api/v1/directory/hsds/import|/admin/directory");

    private final Caps caps;
    private final ProblemResponder problems;

    public RequestBodyLimits(Caps caps, ProblemResponder problems) {
        this.caps = caps;
        this.problems = problems;
    }

    /** The cap for a request, by the path it is routed to. */
    long capFor(String routedPath) {
        if (ANONYMOUS.matcher(routedPath).matches()) {
            return caps.anonymous().toBytes();
        }
        if (INDUSTRY_BULK.matcher(routedPath).matches()) {
            return caps.industryBulk().toBytes();
        }
        if (IMPORTS.matcher(routedPath).matches()) {
            return caps.imports().toBytes();
        }
        return caps.staff().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long cap = capFor(ProblemResponder.routedPath(request));
        long declared = request.getContentLengthLong();
        if (declared > cap) {
            refuse(request, response, cap);
            return;
        }
        // A body with a declared length cannot run past it; one without is counted as it is read.
        chain.doFilter(declared >= 0 ? request : new CountedRequest(request, cap), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long cap) throws IOException {
        // The client may still be sending; closing stops the server from reading the rest.
        response.setHeader("Connection", "close");
        problems.refuse(
                request,
                response,
                413,
                "body-too-large",
                "Request body too large",
                "The request body is larger than the " + DataSize.ofBytes(cap).toKilobytes()
                        + " KB this endpoint accepts; nothing was stored.");
    }

    /** Thrown by a counted body once it passes its cap; the API answers it with 413. */
    public static final class BodyTooLargeException extends IOException {
        private final long cap;

        BodyTooLargeException(long cap) {
            super("The request body is larger than " + cap + " bytes");
            this.cap = cap;
        }

        /** The cap the body passed, in bytes. */
        public long cap() {
            return cap;
        }
    }

    private static final class CountedRequest extends HttpServletRequestWrapper {
        private final long cap;
        private ServletInputStream counted;

        CountedRequest(HttpServletRequest request, long cap) {
            super(request);
            this.cap = cap;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountedStream(super.getInputStream(), cap);
            }
            return counted;
        }
    }

    private static final class CountedStream extends ServletInputStream {
        private final ServletInputStream body;
        private final long cap;
        private long read;

        CountedStream(ServletInputStream body, long cap) {
            this.body = body;
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > cap) {
                throw new BodyTooLargeException(cap);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
