package org.protego.cases;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.RefusedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases")
class CaseApiController {

    /** A version as an entity tag: {@code "7"}, weak or strong. */
    private static final Pattern VERSION_TAG = Pattern.compile("\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*");

    private final CaseManagement cases;

    CaseApiController(CaseManagement cases) {
        this.cases = cases;
    }

    /** A guardian's appointment as a client sends it; {@code appointedAt} defaults to now. */
    record AppointGuardian(String name, String organisation, Instant appointedAt) {}

    @Operation(summary = "Register a child: opens a case from a report reference or directly (case worker)")
    @PostMapping
    ResponseEntity<RegisteredCase> register(@RequestBody RegisterCase command) {
        RegisteredCase registered = cases.register(command);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + registered.id()))
                .eTag(tag(registered.version()))
                .body(registered);
    }

    @Operation(
            summary = "The cases the caller may see, most recently changed first, 50 a page (case worker, supervisor)")
    @GetMapping
    List<CaseSummary> caseload(@RequestParam(defaultValue = "0") int page) {
        return cases.caseload(page);
    }

    @Operation(summary = "Find cases by case number, name (spelt differently too) or date of birth")
    @GetMapping("/search")
    List<CaseSummary> search(
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth) {
        return cases.search(number, name, dateOfBirth);
    }

    @Operation(
            summary = "A case with its version, also as ETag; ?purpose= says why it is read (case_work, supervision,"
                    + " duplicate_check, determination_panel, closure_review); the read is audited")
    @GetMapping("/{id}")
    ResponseEntity<CaseView> open(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
        CaseView view = cases.open(id, purposeNamed(purpose));
        return ResponseEntity.ok().eTag(tag(view.version())).body(view);
    }

    @Operation(
            summary = "Change a case's details; If-Match must carry the version read: none answers 428, an older one"
                    + " 412 with what changed since")
    @PatchMapping("/{id}")
    ResponseEntity<CaseView> change(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody CaseDetails change) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new RefusedException(CaseError.VERSION_REQUIRED);
        }
        CaseView view = cases.change(id, versionIn(ifMatch), change);
        return ResponseEntity.ok().eTag(tag(view.version())).body(view);
    }

    @Operation(
            summary = "Appoint the guardian of an unaccompanied or separated child; an If-Match version is checked"
                    + " when given")
    @PostMapping("/{id}/guardian")
    ResponseEntity<CaseView> appointGuardian(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody AppointGuardian appointment) {
        CaseView view = cases.appointGuardian(
                id,
                ifMatch == null || ifMatch.isBlank() ? null : versionIn(ifMatch),
                new Guardian(appointment.name(), appointment.organisation(), appointment.appointedAt()));
        return ResponseEntity.ok().eTag(tag(view.version())).body(view);
    }

    @Operation(summary = "Who changed which field of a case when, with the values; the read is audited")
    @GetMapping("/{id}/history")
    List<CaseChange> history(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
        return cases.history(id, purposeNamed(purpose));
    }

    static String tag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an optional {@code If-Match} carries, or null when the client sent none. */
    static Long versionIfGiven(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : versionIn(ifMatch);
    }

    static long versionIn(String ifMatch) {
        Matcher matcher = VERSION_TAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw new RefusedException(CaseError.VERSION_INVALID);
        }
        return Long.parseLong(matcher.group(1));
    }

    static ReadPurpose purposeNamed(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            return null;
        }
        return ReadPurpose.fromCode(purpose)
                .orElseThrow(() ->
                        new InvalidRequestException(List.of(new FieldProblem("purpose", CaseError.PURPOSE_INVALID))));
    }
}
