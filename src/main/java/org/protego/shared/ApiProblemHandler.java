package org.protego.shared;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamConstraintsException;

/** Answers every error of the JSON API with an RFC 9457 problem, never with a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final ProblemMessages messages;

    ApiProblemHandler(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return invalidFields(e.problems());
    }

    /** The problem type stays the status's kind, so clients that match on it keep working; {@code code} says why. */
    @ExceptionHandler(RefusedException.class)
    ProblemDetail refused(RefusedException e) {
        HttpStatus status = e.error().status();
        ProblemDetail detail = problem(status, typeOf(status), titleOf(status), messages.english(e));
        if (!(e.error() instanceof SharedError)) {
            detail.setProperty("code", e.error().code());
        }
        e.properties().forEach(detail::setProperty);
        return detail;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "You are not allowed to do this.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error answering an API request", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "The request could not be completed. Nothing was changed.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(
                        error.getField(),
                        "invalid",
                        SharedError.FIELD_INVALID.messageKey(),
                        List.of(String.valueOf(error.getDefaultMessage()))))
                .toList();
        return ResponseEntity.badRequest().body(invalidFields(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimits.BodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .header(HttpHeaders.CONNECTION, "close")
                        .body(problem(
                                HttpStatus.CONTENT_TOO_LARGE,
                                "body-too-large",
                                "Request body too large",
                                "The request body is larger than the " + tooLarge.cap() / 1024
                                        + " KB this endpoint accepts; nothing was stored."));
            }
            if (cause instanceof StreamConstraintsException) {
                // Jackson's limits on nesting, string, number and document length, set in application.properties.
                return ResponseEntity.badRequest()
                        .body(problem(
                                HttpStatus.BAD_REQUEST,
                                "json-limit-exceeded",
                                "Request body exceeds a limit",
                                "The JSON is nested too deeply, or holds a name, number or text too long to accept;"
                                        + " nothing was stored."));
            }
        }
        return ResponseEntity.badRequest()
                .body(problem(
                        HttpStatus.BAD_REQUEST,
                        "malformed-json",
                        "Malformed request body",
                        "The request body is not valid JSON of the expected shape."));
    }

    private static String titleOf(HttpStatus status) {
        String phrase = status.getReasonPhrase();
        return phrase.charAt(0) + phrase.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String typeOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case CONFLICT -> "conflict";
            case FORBIDDEN -> "forbidden";
            case BAD_REQUEST -> "invalid-request";
            default -> status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        };
    }

    ProblemDetail invalidFields(List<FieldProblem> problems) {
        ProblemDetail detail = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                "Invalid request",
                "Some fields are invalid; nothing was stored.");
        detail.setProperty(
                "errors",
                problems.stream()
                        .map(p -> Map.of("field", p.field(), "code", p.code(), "detail", messages.english(p)))
                        .toList());
        return detail;
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:protego:problem:" + type));
        problem.setTitle(title);
        return problem;
    }
}
