package org.protego.identity;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page a staff member lands on after signing in, with the work their roles allow. */
@Controller
class StaffHomeController {

    @GetMapping("/staff")
    String home(@AuthenticationPrincipal StaffMember staffMember, Model model) {
        model.addAttribute("staff", staffMember);
        return "staff/home";
    }
}
