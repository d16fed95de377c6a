package org.protego.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** A staff member's own account: who they are, their organisation and roles, and the language they read pages in. */
@Controller
class AccountController {

    static final String ACCOUNT_PAGE = "/staff/account";

    private final IdentityManagement identity;
    private final LocaleResolver languages;

    AccountController(IdentityManagement identity, LocaleResolver languages) {
        this.identity = identity;
        this.languages = languages;
    }

    @GetMapping(ACCOUNT_PAGE)
    String account(@AuthenticationPrincipal StaffMember staffMember, Model model) {
        model.addAttribute("staff", staffMember);
        model.addAttribute("chosenLanguage", identity.languageOfCurrentUser().orElse(null));
        return "staff/account";
    }

    /** Keeps the language on the account and goes back to the page it was chosen on, in that language. */
    @PostMapping("/staff/account/language")
    @ReturnsOnRefusalTo(ACCOUNT_PAGE)
    String chooseLanguage(
            @RequestParam(defaultValue = "") String lang,
            @RequestParam(defaultValue = "") String back,
            HttpServletRequest request,
            HttpServletResponse response) {
        identity.chooseLanguage(lang);
        IdentityManagement.offered(lang).ifPresent(chosen -> languages.setLocale(request, response, chosen));
        return "redirect:" + StaffNavigation.safeReturnPath(back, "/staff/account?languageSaved");
    }
}
