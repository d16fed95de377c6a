package org.protego.identity;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

    record TokenRequest(String label) {}

    record RolesRequest(Set<Role> roles) {}

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

    @Operation(summary = "Create a staff user; the answer holds its TOTP secret, shown this once")
    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedUser createUser(@RequestBody CreateUser request) {
        return identity.createUser(request);
    }

    @Operation(summary = "Replace a user's roles")
    @PutMapping("/users/{id}/roles")
    Map<String, Object> changeRoles(@PathVariable UUID id, @RequestBody RolesRequest request) {
        identity.changeRoles(id, request.roles());
        return Map.of("id", id, "roles", request.roles());
    }

    @Operation(summary = "Lift a lockout after repeated failed sign-ins")
    @PostMapping("/users/{id}/unlock")
    Map<String, Object> unlock(@PathVariable UUID id) {
        identity.unlock(id);
        return Map.of("id", id, "locked", false);
    }

    @Operation(summary = "Issue an API token acting as the user; the token is shown this once")
    @PostMapping("/users/{id}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> issueToken(@PathVariable UUID id, @RequestBody(required = false) TokenRequest request) {
        return Map.of("token", identity.issueToken(id, request == null ? null : request.label()));
    }

    @Operation(summary = "Revoke every API token of the user")
    @PostMapping("/users/{id}/tokens/revoke")
    Map<String, Object> revokeTokens(@PathVariable UUID id) {
        return Map.of("revoked", identity.revokeTokens(id));
    }
}
