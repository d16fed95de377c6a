package org.protego.directory;

import io.swagger.v3.oas.annotations.Operation;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DirectorySearchApiController {

    private final DirectorySearch search;

    DirectorySearchApiController(DirectorySearch search) {
        this.search = search;
    }

    @Operation(
            summary = "Active services whose eligibility fits a child: age in years, sex, language code, referral type"
                    + " (need), area, and a day (MONDAY..SUNDAY) and time (HH:MM) it is open; every criterion given"
                    + " must hold (case worker, supervisor, service provider, administrator)")
    @GetMapping("/api/v1/directory/services")
    List<ServiceSummary> services(
            @RequestParam(required = false) Integer age,
            @RequestParam(required = false) String sex,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String need,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) DayOfWeek openOn,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime openAt,
            @RequestParam(defaultValue = "0") int page) {
        return search.search(new ServiceCriteria(age, sex, language, need, area, openOn, openAt, page));
    }
}
