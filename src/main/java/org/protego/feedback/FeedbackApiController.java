package org.protego.feedback;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Feedback codes for referrals, and what children said about a service, as JSON. */
@RestController
@RequestMapping("/api/v1")
class FeedbackApiController {

    private final FeedbackCodes codes;
    private final FeedbackAggregates aggregates;

    FeedbackApiController(FeedbackCodes codes, FeedbackAggregates aggregates) {
        this.codes = codes;
        this.aggregates = aggregates;
    }

    /** A new code for the child, shown this once; any earlier code of the referral stops working. */
    @PostMapping("/referrals/{id}/feedback-code")
    ResponseEntity<IssuedCode> issue(@PathVariable UUID id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(codes.issue(id));
    }

    @GetMapping("/feedback/services/{serviceId}")
    ServiceFeedback service(@PathVariable UUID serviceId) {
        return aggregates.of(serviceId);
    }
}
