package org.protego.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.protego.shared.ErrorCode;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.ReturnsOnRefusalTo;
import org.protego.shared.TypedText;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The care plan and follow-up forms of the case page; each sends the version of the case it showed, and returns to
 * the case page.
 */
@Controller
@RequestMapping("/staff/cases/{id}")
class CarePlanPageController {

    private final CarePlanManagement carePlans;

    CarePlanPageController(CarePlanManagement carePlans) {
        this.carePlans = carePlans;
    }

    @PostMapping("/care-plan")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String addItem(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) String itemKind,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String responsible,
            @RequestParam(required = false) String dueOn) {
        carePlans.addItem(
                id,
                version,
                new AddCarePlanItem(
                        itemKind, description, responsible, day(dueOn, "dueOn", CaseError.CARE_PLAN_DUE_INVALID)));
        return backTo(id, "care-plan");
    }

    @PostMapping("/care-plan/{itemId}/status")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String changeItemStatus(
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestParam long version,
            @RequestParam String status,
            @RequestParam(required = false) String reason) {
        carePlans.changeItemStatus(id, itemId, version, new ChangeCarePlanItemStatus(status, reason));
        return backTo(id, "care-plan");
    }

    @PostMapping("/follow-ups")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String recordFollowUp(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) String contactKind,
            @RequestParam(required = false) String happenedOn,
            @RequestParam(required = false) String notes,
            @RequestParam(required = false) String nextDueOn) {
        carePlans.recordFollowUp(
                id,
                version,
                new RecordFollowUp(
                        contactKind,
                        day(happenedOn, "happenedOn", CaseError.FOLLOW_UP_DATE_INVALID),
                        notes,
                        day(nextDueOn, "nextDueOn", CaseError.FOLLOW_UP_NEXT_DUE_INVALID)));
        return backTo(id, "follow-ups");
    }

    /** A day typed in a date field; an empty field is no day, and anything else that is not a date is refused. */
    private static LocalDate day(String typed, String field, ErrorCode error) {
        if (TypedText.orNullIfBlank(typed) == null) {
            return null;
        }
        try {
            return LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(List.of(new FieldProblem(field, error)));
        }
    }

    private static String backTo(UUID caseId, String section) {
        return "redirect:/staff/cases/" + caseId + "#" + section;
    }
}
