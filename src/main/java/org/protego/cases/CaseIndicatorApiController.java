package org.protego.cases;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CaseIndicatorApiController {

    private final CaseIndicators indicators;

    CaseIndicatorApiController(CaseIndicators indicators) {
        this.indicators = indicators;
    }

    @Operation(
            summary = "Children registered, guardians needed and appointed within the limit, cases closed by reason,"
                    + " between two days (both included) by sex, age band, form of exploitation and nationality"
                    + " (supervisor, administrator)")
    @GetMapping("/api/v1/cases/indicators")
    List<IndicatorCount> between(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return indicators.between(from, to);
    }
}
