package org.protego.cases;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Consents of a case and supervisors' overrides; each change answers with the case's new version as ETag. */
@RestController
@RequestMapping("/api/v1/cases/{id}")
class ConsentApiController {

    private final CaseConsents consents;

    ConsentApiController(CaseConsents consents) {
        this.consents = consents;
    }

    @Operation(
            summary = "Record a consent: purpose (services, information_sharing with recipientOrganisation,"
                    + " cross_border_transfer, statistics), givenBy (child, guardian), optional givenAt and expiresOn;"
                    + " an If-Match version is checked when given")
    @PostMapping("/consents")
    ResponseEntity<ConsentView> record(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody RecordConsent command) {
        CaseConsents.Written<ConsentView> written =
                consents.record(id, CaseApiController.versionIfGiven(ifMatch), command);
        return ResponseEntity.created(URI.create(
                        "/api/v1/cases/" + id + "/consents/" + written.value().id()))
                .eTag(CaseApiController.tag(written.caseVersion()))
                .body(written.value());
    }

    @Operation(
            summary = "Every consent of the case with its state (in_force, expired, withdrawn), and supervisors'"
                    + " overrides; the read is audited")
    @GetMapping("/consents")
    ResponseEntity<CaseConsentList> list(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
        CaseConsentList list = consents.consents(id, CaseApiController.purposeNamed(purpose));
        return ResponseEntity.ok().eTag(CaseApiController.tag(list.version())).body(list);
    }

    @Operation(summary = "Record that a consent was withdrawn, now and by the caller; the consent stays in the record")
    @PostMapping("/consents/{consentId}/withdrawal")
    ResponseEntity<ConsentView> withdraw(
            @PathVariable UUID id,
            @PathVariable UUID consentId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        CaseConsents.Written<ConsentView> written =
                consents.withdraw(id, consentId, CaseApiController.versionIfGiven(ifMatch));
        return ResponseEntity.ok()
                .eTag(CaseApiController.tag(written.caseVersion()))
                .body(written.value());
    }

    @Operation(
            summary = "Override a missing consent for a purpose (and recipientOrganisation) with a written reason of"
                    + " 10 to 2,000 characters (supervisor of the case); flagged on the case and audited")
    @PostMapping("/consent-overrides")
    ResponseEntity<ConsentOverrideView> override(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody OverrideConsent command) {
        CaseConsents.Written<ConsentOverrideView> written =
                consents.override(id, CaseApiController.versionIfGiven(ifMatch), command);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/consents"))
                .eTag(CaseApiController.tag(written.caseVersion()))
                .body(written.value());
    }
}
