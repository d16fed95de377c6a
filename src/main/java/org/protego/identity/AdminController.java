package org.protego.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.protego.shared.ConflictException;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's pages for organisations, users, roles, enrolment codes and API tokens. */
@Controller
@RequestMapping("/admin")
class AdminController {

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
    String createOrganisation(@RequestParam(defaultValue = "") String name, Model model, HttpServletResponse response) {
        try {
            identity.createOrganisation(name);
            return "redirect:/admin/organisations?created";
        } catch (InvalidRequestException | ConflictException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", true);
            return organisations(model);
        }
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
            Model model,
            HttpServletResponse response) {
        try {
            model.addAttribute(
                    "created",
                    identity.createUser(new CreateUser(username, roles == null ? List.of() : roles, organisation)));
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems());
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problems", List.of(new FieldProblem("username", "username.taken", e.getMessage())));
        }
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
    String changeRoles(@PathVariable UUID id, @RequestParam(required = false) List<String> roles) {
        identity.changeRoles(id, roles == null ? List.of() : roles);
        return "redirect:/admin/users/" + id + "?rolesChanged";
    }

    @PostMapping("/users/{id}/unlock")
    String unlock(@PathVariable UUID id) {
        identity.unlock(id);
        return "redirect:/admin/users/" + id + "?unlocked";
    }

    @PostMapping("/users/{id}/disable")
    String disable(@PathVariable UUID id) {
        identity.disable(id);
        return "redirect:/admin/users/" + id + "?disabled";
    }

    @PostMapping("/users/{id}/enable")
    String enable(@PathVariable UUID id) {
        identity.enable(id);
        return "redirect:/admin/users/" + id + "?enabled";
    }

    @PostMapping("/users/{id}/enrolment")
    String issueEnrolment(@PathVariable UUID id, @AuthenticationPrincipal StaffMember admin, Model model) {
        model.addAttribute("enrolment", identity.issueEnrolment(id));
        return user(id, admin, model);
    }

    @PostMapping("/users/{id}/tokens")
    String issueToken(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String label,
            @AuthenticationPrincipal StaffMember admin,
            Model model) {
        model.addAttribute("issuedToken", identity.issueToken(id, label));
        return user(id, admin, model);
    }

    @PostMapping("/users/{id}/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable UUID id, @PathVariable UUID tokenId) {
        identity.revokeToken(id, tokenId);
        return "redirect:/admin/users/" + id + "?revoked";
    }

    @PostMapping("/users/{id}/tokens/revoke")
    String revokeTokens(@PathVariable UUID id) {
        identity.revokeTokens(id);
        return "redirect:/admin/users/" + id + "?revoked";
    }
}
