package org.protego.referrals;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReferralApiController {

    private final ReferralManagement referrals;
    private final ReferralIndicators indicators;

    ReferralApiController(ReferralManagement referrals, ReferralIndicators indicators) {
        this.referrals = referrals;
        this.indicators = indicators;
    }

    record Decline(String reason, String note) {}

    record Complete(String feedback) {}

    record Cancel(String reason) {}

    @Operation(
            summary = "Refer the child of an open case to an active service that fits the child's age and sex (case"
                    + " worker or supervisor of the case); needs an information_sharing consent naming the service's"
                    + " organisation (409 consent-required)")
    @PostMapping("/api/v1/cases/{id}/referrals")
    ResponseEntity<ReferralStatus> refer(@PathVariable UUID id, @RequestBody RequestReferral body) {
        ReferralStatus sent = referrals.refer(id, body);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + sent.id()))
                .body(sent);
    }

    @Operation(summary = "The referrals of a case the caller may see, newest first")
    @GetMapping("/api/v1/cases/{id}/referrals")
    List<ReferralLine> ofCase(@PathVariable UUID id) {
        return referrals.ofCase(id);
    }

    @Operation(
            summary = "Referrals sent to the caller's organisation (side=incoming, service-provider staff) or from"
                    + " the cases the caller may see (side=outgoing), in one state if it is given")
    @GetMapping("/api/v1/referrals")
    List<ReferralLine> list(@RequestParam String side, @RequestParam(required = false) String state) {
        return switch (side) {
            case "incoming" -> referrals.incoming(state);
            case "outgoing" -> referrals.outgoing(state);
            default -> throw new InvalidRequestException(List.of(new FieldProblem("side", ReferralError.SIDE_INVALID)));
        };
    }

    @Operation(
            summary = "A referral for either side: state, dueAt, overdue and every step's time; the reason and the"
                    + " shared values only while it is open (the read is audited)")
    @GetMapping("/api/v1/referrals/{id}")
    ReferralView view(@PathVariable UUID id) {
        return referrals.view(id);
    }

    @Operation(summary = "Accept a referral sent to the caller's organisation (its service-provider staff only)")
    @PostMapping("/api/v1/referrals/{id}/accept")
    ReferralStatus accept(@PathVariable UUID id) {
        return referrals.accept(id);
    }

    @Operation(
            summary = "Decline a referral sent to the caller's organisation, with a reason code (not_eligible,"
                    + " no_capacity, outside_area, service_not_offered, could_not_reach_child, other) and a note")
    @PostMapping("/api/v1/referrals/{id}/decline")
    ReferralStatus decline(@PathVariable UUID id, @RequestBody Decline body) {
        return referrals.decline(id, body.reason(), body.note());
    }

    @Operation(summary = "Record that the service started for the child")
    @PostMapping("/api/v1/referrals/{id}/start")
    ReferralStatus start(@PathVariable UUID id) {
        return referrals.start(id);
    }

    @Operation(summary = "Complete the referral with the provider's feedback; the shared values are removed for good")
    @PostMapping("/api/v1/referrals/{id}/complete")
    ReferralStatus complete(@PathVariable UUID id, @RequestBody Complete body) {
        return referrals.complete(id, body.feedback());
    }

    @Operation(summary = "Cancel an open referral, saying why (the sending side)")
    @PostMapping("/api/v1/referrals/{id}/cancel")
    ReferralStatus cancel(@PathVariable UUID id, @RequestBody Cancel body) {
        return referrals.cancel(id, body.reason());
    }

    @Operation(
            summary = "Referrals made, accepted, declined by reason, completed, and median hours to acceptance by"
                    + " sector, between two days (both included) (supervisor, administrator)")
    @GetMapping("/api/v1/referrals/indicators")
    ReferralFigures indicators(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return indicators.between(from, to);
    }
}
