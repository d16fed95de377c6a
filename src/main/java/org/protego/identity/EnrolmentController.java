package org.protego.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.RefusedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public enrolment page: a new or reset user types the one-time code and a password of their own, and is shown
 * the TOTP secret for their authenticator app this once. No JavaScript; the form carries a CSRF token. A refused
 * attempt returns to the empty form with the reason: neither the code nor the passwords are ever typed back in.
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
            HttpServletRequest request) {
        if (!enrolments.admits(request.getRemoteAddr())) {
            throw new RefusedException(IdentityError.ENROLMENTS_THROTTLED);
        }
        if (!password.equals(passwordAgain)) {
            throw new InvalidRequestException(List.of(IdentityError.PASSWORDS_DIFFER.problem()));
        }
        model.addAttribute("enrolled", enrolments.enrol(code, password));
        return "enrol-done";
    }
}
