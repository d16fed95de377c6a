package org.protego.directory;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.ProblemMessages;
import org.protego.shared.TypedText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The service directory as staff who refer children see it: a search by what fits a child, and each service's page. */
@Controller
class DirectoryPageController {

    /** A weekday as the search form offers it: its iCal code names its label, its Java name is the value sent. */
    record DayOption(String key, String value) {}

    static final List<DayOption> DAYS = List.of(
            new DayOption("MO", "MONDAY"),
            new DayOption("TU", "TUESDAY"),
            new DayOption("WE", "WEDNESDAY"),
            new DayOption("TH", "THURSDAY"),
            new DayOption("FR", "FRIDAY"),
            new DayOption("SA", "SATURDAY"),
            new DayOption("SU", "SUNDAY"));

    private static final List<String> CRITERIA = List.of("age", "sex", "language", "need", "area", "openOn", "openAt");

    private final DirectorySearch search;
    private final ProviderServices services;
    private final ProblemMessages problemMessages;

    DirectoryPageController(DirectorySearch search, ProviderServices services, ProblemMessages problemMessages) {
        this.search = search;
        this.services = services;
        this.problemMessages = problemMessages;
    }

    /**
     * The search form with what fits. Criteria that cannot be read come back on the form, beside what was typed, with
     * status 400, rather than on an error page: the user corrects them where they typed them.
     */
    @GetMapping("/staff/directory")
    String search(@RequestParam Map<String, String> query, Model model, Locale locale, HttpServletResponse response) {
        Map<String, String> given = new LinkedHashMap<>();
        CRITERIA.forEach(name -> given.put(name, TypedText.orNullIfBlank(query.get(name))));
        int page = page(query.get("page"));
        List<ServiceSummary> found;
        try {
            found = search.search(criteria(given, page));
        } catch (InvalidRequestException invalid) {
            found = List.of();
            model.addAttribute(
                    "problems",
                    invalid.problems().stream()
                            .map(problem -> problemMessages.text(problem, locale))
                            .toList());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        Map<String, String> languageNames = new LinkedHashMap<>();
        found.forEach(service -> service.languages()
                .forEach(code ->
                        languageNames.computeIfAbsent(code, ignored -> ServiceDetails.languageName(code, locale))));
        StaffMember member = StaffMember.required();
        model.addAttribute("criteria", given);
        model.addAttribute("services", found);
        model.addAttribute("languageNames", languageNames);
        model.addAttribute("searchSexes", List.of("female", "male", "other", "unknown"));
        model.addAttribute("needs", ProtegoTerms.NEEDS);
        model.addAttribute("days", DAYS);
        model.addAttribute("page", page);
        model.addAttribute("hasMore", found.size() == DirectorySearch.PAGE_SIZE);
        model.addAttribute("previousPage", pageLink(given, page - 1));
        model.addAttribute("nextPage", pageLink(given, page + 1));
        model.addAttribute("mayKeepServices", member.has(Role.SERVICE_PROVIDER) || member.has(Role.ADMIN));
        return "directory/search";
    }

    @GetMapping("/staff/directory/services/{id}")
    String service(@PathVariable UUID id, Model model, Locale locale) {
        StoredService service = services.service(id);
        model.addAttribute("service", ServiceDetails.of(service, locale));
        model.addAttribute("mayEdit", ProviderServices.mayChange(service, StaffMember.required()));
        return "directory/service";
    }

    /** The criteria typed; one that cannot be read is refused with the field named, as the search refuses others. */
    private static ServiceCriteria criteria(Map<String, String> given, int page) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer age = null;
        if (given.get("age") != null) {
            try {
                age = Integer.valueOf(given.get("age").strip());
            } catch (NumberFormatException e) {
                problems.add(invalid("age", "0-" + DirectorySearch.MAX_AGE));
            }
        }
        DayOfWeek openOn = null;
        if (given.get("openOn") != null) {
            try {
                openOn = DayOfWeek.valueOf(given.get("openOn").strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(invalid("openOn", "MONDAY-SUNDAY"));
            }
        }
        LocalTime openAt = null;
        if (given.get("openAt") != null) {
            try {
                openAt = LocalTime.parse(ServiceForm.hhmm(given.get("openAt").strip()));
            } catch (DateTimeParseException e) {
                problems.add(invalid("openAt", "HH:MM"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new ServiceCriteria(
                age,
                given.get("sex"),
                given.get("language"),
                given.get("need"),
                given.get("area"),
                openOn,
                openAt,
                page);
    }

    private static int page(String page) {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The search's path with the criteria given and another page; the template adds the context path. */
    private static String pageLink(Map<String, String> given, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/staff/directory");
        given.forEach((name, value) -> {
            if (value != null) {
                link.queryParam(name, value);
            }
        });
        return link.queryParam("page", page).encode().build().toUriString();
    }

    private static FieldProblem invalid(String field, String allowed) {
        return new FieldProblem(field, DirectoryError.SEARCH_CRITERION_INVALID, field, allowed);
    }
}
