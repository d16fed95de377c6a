package org.protego.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.protego.shared.WorkCount;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every staff and administration page the navigation bar of the signed-in member. The numbers beside its items
 * come from the modules that own the work, through {@link WorkCount}, so identity depends on none of them; each is one
 * COUNT query, taken only when the page is rendered.
 */
@ControllerAdvice(annotations = Controller.class)
class StaffNavigationAdvice {

    private final List<WorkCount> counts;

    StaffNavigationAdvice(List<WorkCount> counts) {
        this.counts = List.copyOf(counts);
    }

    @ModelAttribute("staffNav")
    StaffNavigation staffNav(HttpServletRequest request) {
        String page = request.getRequestURI().substring(request.getContextPath().length());
        if (!page.startsWith("/staff") && !page.startsWith("/admin")) {
            return null;
        }
        return StaffMember.current()
                .map(member -> new StaffNavigation(member, page, request.getQueryString(), counts))
                .orElse(null);
    }
}
