package org.protego.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RegistryApiController {

    private final RegistryManagement registry;

    RegistryApiController(RegistryManagement registry) {
        this.registry = registry;
    }

    @Operation(summary = "The codes of conduct of the registry, with their commitments")
    @GetMapping("/api/v1/codes-of-conduct")
    List<RegistryViews.CodeOfConduct> codes() {
        return registry.codes();
    }

    @Operation(
            summary = "The companies that signed a code, with their signatures and self-reports (monitor,"
                    + " administrator; a company's staff get their own)")
    @GetMapping("/api/v1/companies")
    List<RegistryViews.Company> companies() {
        return registry.companies();
    }

    @Operation(summary = "One company of the registry")
    @GetMapping("/api/v1/companies/{id}")
    RegistryViews.Company company(@PathVariable UUID id) {
        return registry.entry(id);
    }

    @Operation(
            summary = "Record that a company signed a code of conduct (monitor, administrator): company (its"
                    + " organisation's name), code, signedOn")
    @PostMapping("/api/v1/companies")
    ResponseEntity<RegistryViews.Company> sign(@RequestBody RegistryViews.NewSignature body) {
        RegistryViews.Company company = registry.sign(body);
        return ResponseEntity.created(URI.create("/api/v1/companies/" + company.id()))
                .body(company);
    }

    @Operation(summary = "Record that a company withdrew from a code it signed (monitor, administrator)")
    @PutMapping("/api/v1/companies/{id}/signatures/{code}/withdrawal")
    RegistryViews.Company withdraw(
            @PathVariable UUID id, @PathVariable String code, @RequestBody RegistryViews.Withdrawal body) {
        return registry.withdraw(id, code, body);
    }

    @Operation(
            summary = "Submit a company's yearly self-report on a code it signed: code, year, answers"
                    + " [{commitment, answer: met|partially_met|not_met, text}] (the company's own staff, or a monitor"
                    + " on its behalf; one per company, code and year)")
    @PostMapping("/api/v1/companies/{id}/self-reports")
    ResponseEntity<RegistryViews.SelfReport> submit(
            @PathVariable UUID id, @RequestBody RegistryViews.NewSelfReport body) {
        RegistryViews.SelfReport report = registry.submit(id, body);
        return ResponseEntity.created(URI.create("/api/v1/companies/" + id)).body(report);
    }

    @Operation(
            summary = "Assess a self-report (monitor): assessment met, partially_met, not_met, no_data or"
                    + " not_yet_assessed, and a note")
    @PutMapping("/api/v1/self-reports/{id}/assessment")
    RegistryViews.SelfReport assess(@PathVariable UUID id, @RequestBody RegistryViews.Assessment body) {
        return registry.assess(id, body);
    }
}
