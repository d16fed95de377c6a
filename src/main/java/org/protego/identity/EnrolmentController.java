package org.protego.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.protego.shared.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public enrolment page: a new or reset user types the one-time code and a password of their own, and is shown
 * the TOTP secret for their authenticator app this once. No JavaScript; the form carries a CSRF token.
 */
@Controller
@RequestMapping("/enrol")
class EnrolmentController {

    private final Enrolments enrolments;

    EnrolmentController(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    @GetMapping
    String form() {
        return "enrol";
    }

    @PostMapping
    String enrol(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String passwordAgain,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        // The code is kept in the form when something is wrong; the passwords never are.
        model.addAttribute("code", code);
        if (!enrolments.admits(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("throttled", true);
            return "enrol";
        }
        if (!password.equals(passwordAgain)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", List.of(IdentityError.PASSWORDS_DIFFER.problem()));
            return "enrol";
        }
        try {
            model.addAttribute("enrolled", enrolments.enrol(code, password));
            return "enrol-done";
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", e.problems());
            return "enrol";
        }
    }
}
