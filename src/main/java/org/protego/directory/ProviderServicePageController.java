package org.protego.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages on which a service provider keeps its organisation's services in the directory, and an administrator any
 * organisation's: the list, and the form that adds or changes a service.
 */
@Controller
class ProviderServicePageController {

    private final ProviderServices services;

    ProviderServicePageController(ProviderServices services) {
        this.services = services;
    }

    @GetMapping("/staff/directory/mine")
    String mine(Model model) {
        model.addAttribute("services", services.kept());
        model.addAttribute("everyOrganisation", StaffMember.required().has(Role.ADMIN));
        return "directory/mine";
    }

    @GetMapping("/staff/directory/services/new")
    String newService(Model model) {
        boolean askOrganisation = services.ownerOfNewServices().isEmpty();
        return form(model, null, null, typedOr(model, ServiceForm.blank()), askOrganisation);
    }

    @GetMapping("/staff/directory/services/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        StoredService service = services.changeable(id);
        Map<String, String> values = typedOr(model, ServiceForm.valuesOf(service));
        return form(model, id, service.name(), values, false);
    }

    @PostMapping("/staff/directory/services")
    @ReturnsOnRefusalTo("/staff/directory/services/new")
    String create(@RequestParam Map<String, String> form) {
        return "redirect:/staff/directory/services/" + services.save(null, form) + "?saved";
    }

    @PostMapping("/staff/directory/services/{id}")
    @ReturnsOnRefusalTo("/staff/directory/services/{id}/edit")
    String change(@PathVariable UUID id, @RequestParam Map<String, String> form) {
        return "redirect:/staff/directory/services/" + services.save(id, form) + "?saved";
    }

    private static String form(
            Model model, UUID serviceId, String serviceName, Map<String, String> values, boolean askOrganisation) {
        int locationRows = ServiceForm.locationRows(values);
        List<Integer> hourRows = new ArrayList<>();
        for (int row = 0; row < locationRows; row++) {
            hourRows.add(ServiceForm.hourRows(values, row));
        }
        model.addAttribute("serviceId", serviceId);
        model.addAttribute("serviceName", serviceName);
        model.addAttribute("values", values);
        model.addAttribute("askOrganisation", askOrganisation);
        model.addAttribute("statuses", ServiceForm.STATUSES);
        model.addAttribute("sexChoices", List.of("female", "male", ServiceForm.ANY_SEX));
        model.addAttribute("needs", ProtegoTerms.NEEDS);
        model.addAttribute("days", ServiceForm.DAYS);
        model.addAttribute("locationRows", locationRows);
        model.addAttribute("hourRows", hourRows);
        return "directory/edit";
    }

    /** What was typed into a refused form, which it shows again, or else the given values. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> typedOr(Model model, Map<String, String> otherwise) {
        Object typed = model.getAttribute("form");
        return typed instanceof Map<?, ?> map ? (Map<String, String>) map : otherwise;
    }
}
