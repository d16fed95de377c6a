package org.protego.identity;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.protego.shared.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin")
class AdminApiController {

    private final IdentityManagement identity;

    AdminApiController(IdentityManagement identity) {
        this.identity = identity;
    }

    record OrganisationRequest(String name) {}

    /** {@code password} is only read to refuse it: users set their own. */
    record CreateUserRequest(String username, List<String> roles, String organisation, String team, Object password) {}

    record TokenRequest(String label) {}

    record RolesRequest(List<String> roles) {}

    record TeamRequest(String team) {}

    @Operation(summary = "List organisations")
    @GetMapping("/organisations")
    List<Organisation> organisations() {
        return identity.organisations();
    }

    @Operation(summary = "Create an organisation")
    @PostMapping("/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    Organisation createOrganisation(@RequestBody OrganisationRequest request) {
        return identity.createOrganisation(request.name());
    }

    @Operation(summary = "List staff users")
    @GetMapping("/users")
    List<UserView> users() {
        return identity.users();
    }

    @Operation(summary = "One staff user")
    @GetMapping("/users/{id}")
    UserView user(@PathVariable UUID id) {
        return identity.user(id);
    }

    @Operation(
            summary = "Create a staff user; the answer holds its one-time enrolment code, valid 72 hours and shown"
                    + " this once. A password in the request is refused: the user sets it by enrolling.")
    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedUser createUser(@RequestBody CreateUserRequest request) {
        if (request.password() != null) {
            throw new InvalidRequestException(List.of(IdentityError.PASSWORD_NOT_ACCEPTED.problem()));
        }
        return identity.createUser(
                new CreateUser(request.username(), request.roles(), request.organisation(), request.team()));
    }

    @Operation(summary = "Replace a user's roles; they apply from the user's next request")
    @PutMapping("/users/{id}/roles")
    Map<String, Object> changeRoles(@PathVariable UUID id, @RequestBody RolesRequest request) {
        identity.changeRoles(id, request.roles());
        return Map.of("id", id, "roles", identity.user(id).roles());
    }

    @Operation(summary = "Put a user in a team of its organisation, or in none with a null or blank team")
    @PutMapping("/users/{id}/team")
    UserView changeTeam(@PathVariable UUID id, @RequestBody TeamRequest request) {
        return identity.changeTeam(id, request.team());
    }

    @Operation(summary = "Lift a lockout after repeated failed sign-ins")
    @PostMapping("/users/{id}/unlock")
    Map<String, Object> unlock(@PathVariable UUID id) {
        identity.unlock(id);
        return Map.of("id", id, "locked", false);
    }

    @Operation(summary = "Disable a user: sessions end at the next request, API tokens stop working at once")
    @PostMapping("/users/{id}/disable")
    Map<String, Object> disable(@PathVariable UUID id) {
        identity.disable(id);
        return Map.of("id", id, "enabled", false);
    }

    @Operation(summary = "Enable a disabled user again")
    @PostMapping("/users/{id}/enable")
    Map<String, Object> enable(@PathVariable UUID id) {
        identity.enable(id);
        return Map.of("id", id, "enabled", true);
    }

    @Operation(
            summary = "Reset a user's enrolment: the password and TOTP secret stop working and a new one-time"
                    + " enrolment code, valid 72 hours, is answered this once")
    @PostMapping("/users/{id}/enrolment")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> issueEnrolment(@PathVariable UUID id) {
        EnrolmentCode code = identity.issueEnrolment(id);
        return Map.of("id", id, "enrolmentCode", code.code(), "enrolmentExpiresAt", code.expiresAt());
    }

    @Operation(summary = "Issue an API token acting as the user; the token is shown this once")
    @PostMapping("/users/{id}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> issueToken(@PathVariable UUID id, @RequestBody(required = false) TokenRequest request) {
        IssuedToken issued = identity.issueToken(id, request == null ? null : request.label());
        var answer = new LinkedHashMap<String, Object>();
        answer.put("token", issued.token());
        answer.put("id", issued.id());
        answer.put("expiresAt", issued.expiresAt());
        return answer;
    }

    @Operation(summary = "List a user's API tokens: label, created, expiry, revocation; never the tokens themselves")
    @GetMapping("/users/{id}/tokens")
    List<TokenView> tokens(@PathVariable UUID id) {
        return identity.tokens(id);
    }

    @Operation(summary = "Revoke one API token of the user")
    @PostMapping("/users/{id}/tokens/{tokenId}/revoke")
    Map<String, Object> revokeToken(@PathVariable UUID id, @PathVariable UUID tokenId) {
        identity.revokeToken(id, tokenId);
        return Map.of("id", tokenId, "revoked", true);
    }

    @Operation(summary = "Revoke every API token of the user")
    @PostMapping("/users/{id}/tokens/revoke")
    Map<String, Object> revokeTokens(@PathVariable UUID id) {
        return Map.of("revoked", identity.revokeTokens(id));
    }
}
