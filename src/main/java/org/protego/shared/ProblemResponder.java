package org.protego.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/** Writes RFC 9457 problems for errors raised in filters, before a request reaches a controller; texts are fixed, never user input. */
@Component
public class ProblemResponder {

    public void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"urn:protego:problem:" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
    }

    /**
     * Refuses a request before it reaches a controller: with a problem for the JSON API, with the localised error page
     * for people.
     */
    public void refuse(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String type,
            String title,
            String detail)
            throws IOException {
        if (routedPath(request).startsWith("/api/")) {
            write(response, status, type, title, detail);
        } else {
            response.sendError(status);
        }
    }

    /**
     * The path a request is routed by, decoded and normalised as the servlet container maps it, never the raw URI, so
     * that "/api/v1/report%73" is "/api/v1/reports" here exactly as it is for the controller.
     */
    public static String routedPath(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }
}
