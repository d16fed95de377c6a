package org.protego.identity;

import java.util.List;
import java.util.UUID;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's pages for organisations, users, roles, teams, enrolment codes and API tokens. */
@Controller
@RequestMapping("/admin")
class AdminController {

    private static final String USER_PAGE = "/admin/users/{id}";

    private final IdentityManagement identity;

    AdminController(IdentityManagement identity) {
        this.identity = identity;
    }

    @GetMapping
    String home() {
        return "admin/home";
    }

    @GetMapping("/organisations")
    String organisations(Model model) {
        model.addAttribute("organisations", identity.organisations());
        return "admin/organisations";
    }

    @PostMapping("/organisations")
    String createOrganisation(@RequestParam(defaultValue = "") String name) {
        identity.createOrganisation(name);
        return "redirect:/admin/organisations?created";
    }

    @GetMapping("/users")
    String users(Model model) {
        model.addAttribute("users", identity.users());
        model.addAttribute("organisations", identity.organisations());
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @PostMapping("/users")
    String createUser(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(required = false) List<String> roles,
            @RequestParam(defaultValue = "") String organisation,
            @RequestParam(defaultValue = "") String team,
            Model model) {
        model.addAttribute(
                "created",
                identity.createUser(new CreateUser(username, roles == null ? List.of() : roles, organisation, team)));
        return users(model);
    }

    @GetMapping("/users/{id}")
    String user(@PathVariable UUID id, @AuthenticationPrincipal StaffMember admin, Model model) {
        model.addAttribute("user", identity.user(id));
        model.addAttribute("tokens", identity.tokens(id));
        model.addAttribute("roles", Role.values());
        model.addAttribute("self", admin != null && admin.userId().equals(id));
        return "admin/user";
    }

    @PostMapping("/users/{id}/roles")
    @ReturnsOnRefusalTo(USER_PAGE)
    String changeRoles(@PathVariable UUID id, @RequestParam(required = false) List<String> roles) {
        identity.changeRoles(id, roles == null ? List.of() : roles);
        return "redirect:/admin/users/" + id + "?rolesChanged";
    }

    @PostMapping("/users/{id}/team")
    @ReturnsOnRefusalTo(USER_PAGE)
    String changeTeam(@PathVariable UUID id, @RequestParam(defaultValue = "") String team) {
        identity.changeTeam(id, team);
        return "redirect:/admin/users/" + id + "?teamChanged";
    }

    @PostMapping("/users/{id}/unlock")
    @ReturnsOnRefusalTo(USER_PAGE)
    String unlock(@PathVariable UUID id) {
        identity.unlock(id);
        return "redirect:/admin/users/" + id + "?unlocked";
    }

    @PostMapping("/users/{id}/disable")
    @ReturnsOnRefusalTo(USER_PAGE)
    String disable(@PathVariable UUID id) {
        identity.disable(id);
        return "redirect:/admin/users/" + id + "?disabled";
    }

    @PostMapping("/users/{id}/enable")
    @ReturnsOnRefusalTo(USER_PAGE)
    String enable(@PathVariable UUID id) {
        identity.enable(id);
        return "redirect:/admin/users/" + id + "?enabled";
    }

    @PostMapping("/users/{id}/enrolment")
    @ReturnsOnRefusalTo(USER_PAGE)
    String issueEnrolment(@PathVariable UUID id, @AuthenticationPrincipal StaffMember admin, Model model) {
        model.addAttribute("enrolment", identity.issueEnrolment(id));
        return user(id, admin, model);
    }

    @PostMapping("/users/{id}/tokens")
    @ReturnsOnRefusalTo(USER_PAGE)
    String issueToken(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String label,
            @AuthenticationPrincipal StaffMember admin,
            Model model) {
        model.addAttribute("issuedToken", identity.issueToken(id, label));
        return user(id, admin, model);
    }

    @PostMapping("/users/{id}/tokens/{tokenId}/revoke")
    @ReturnsOnRefusalTo(USER_PAGE)
    String revokeToken(@PathVariable UUID id, @PathVariable UUID tokenId) {
        identity.revokeToken(id, tokenId);
        return "redirect:/admin/users/" + id + "?revoked";
    }

    @PostMapping("/users/{id}/tokens/revoke")
    @ReturnsOnRefusalTo(USER_PAGE)
    String revokeTokens(@PathVariable UUID id) {
        identity.revokeTokens(id);
        return "redirect:/admin/users/" + id + "?revoked";
    }
}
