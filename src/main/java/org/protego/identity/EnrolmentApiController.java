package org.protego.identity;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Enrolment for API clients and scripts: the same one-time code as on the {@code /enrol} page. */
@RestController
class EnrolmentApiController {

    private final Enrolments enrolments;

    EnrolmentApiController(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    record EnrolmentRequest(String code, String password) {}

    @Operation(
            summary = "Set one's own password with a one-time enrolment code; answers the new TOTP secret this once."
                    + " Wrong, expired and used codes are refused alike; attempts are limited per client.")
    @PostMapping("/api/v1/enrolments")
    ResponseEntity<?> enrol(@RequestBody EnrolmentRequest request, HttpServletRequest http) {
        if (!enrolments.admits(http.getRemoteAddr())) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many enrolment attempts from this address; try again in a minute.");
            problem.setType(URI.create("urn:protego:problem:too-many-requests"));
            problem.setTitle("Too many requests");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", "60")
                    .body(problem);
        }
        Enrolments.Enrolled enrolled = enrolments.enrol(request.code(), request.password());
        return ResponseEntity.ok(Map.of("totpSecret", enrolled.totpSecret(), "otpauthUri", enrolled.otpauthUri()));
    }
}
