package org.protego.referrals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.protego.cases.CaseSharing;
import org.protego.cases.ChildEligibility;
import org.protego.directory.DirectorySearch;
import org.protego.directory.ServiceCriteria;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.shared.ReturnsOnRefusalTo;
import org.protego.shared.TypedText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The referral pages: finding a service and referring, one referral for either side, and the lists. */
@Controller
class ReferralPageController {

    /** Referral types offered in the search, as codes of the directory's referral-type taxonomy. */
    static final List<String> NEEDS = List.of(
            "shelter",
            "health",
            "psychosocial",
            "legal_aid",
            "education",
            "family_tracing",
            "repatriation_support",
            "other");

    static final List<String> SEXES = List.of("female", "male", "other", "unknown");

    /** One shared field as the page shows it: its name and its value in words. */
    record SharedValue(String field, String text) {}

    private final ReferralManagement referrals;
    private final CaseSharing cases;
    private final DirectorySearch directory;

    ReferralPageController(ReferralManagement referrals, CaseSharing cases, DirectorySearch directory) {
        this.referrals = referrals;
        this.cases = cases;
        this.directory = directory;
    }

    @GetMapping("/staff/referrals")
    String list(Model model) {
        StaffMember me = StaffMember.required();
        boolean provider = me.has(Role.SERVICE_PROVIDER);
        boolean sender = me.has(Role.CASE_WORKER) || me.has(Role.SUPERVISOR);
        model.addAttribute("incoming", provider ? referrals.incoming(null) : null);
        model.addAttribute("outgoing", sender ? referrals.outgoing(null) : null);
        return "referrals/list";
    }

    @GetMapping("/staff/referrals/{id}")
    String view(@PathVariable UUID id, Model model) {
        ReferralView referral = referrals.view(id);
        model.addAttribute("referral", referral);
        model.addAttribute("sharedValues", sharedValues(referral));
        model.addAttribute(
                "declineReasons",
                Arrays.stream(DeclineReason.values()).map(DeclineReason::code).toList());
        return "referrals/referral";
    }

    @PostMapping("/staff/referrals/{id}/accept")
    @ReturnsOnRefusalTo("/staff/referrals/{id}")
    String accept(@PathVariable UUID id) {
        referrals.accept(id);
        return back(id);
    }

    @PostMapping("/staff/referrals/{id}/decline")
    @ReturnsOnRefusalTo("/staff/referrals/{id}")
    String decline(
            @PathVariable UUID id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note) {
        referrals.decline(id, reason, note);
        return back(id);
    }

    @PostMapping("/staff/referrals/{id}/start")
    @ReturnsOnRefusalTo("/staff/referrals/{id}")
    String start(@PathVariable UUID id) {
        referrals.start(id);
        return back(id);
    }

    @PostMapping("/staff/referrals/{id}/complete")
    @ReturnsOnRefusalTo("/staff/referrals/{id}")
    String complete(@PathVariable UUID id, @RequestParam(required = false) String feedback) {
        referrals.complete(id, feedback);
        return back(id);
    }

    @PostMapping("/staff/referrals/{id}/cancel")
    @ReturnsOnRefusalTo("/staff/referrals/{id}")
    String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason) {
        referrals.cancel(id, reason);
        return back(id);
    }

    /**
     * The search for a service, prefilled with the child's age, sex and first language; after a refused referral,
     * with what was searched for then.
     */
    @GetMapping("/staff/cases/{caseId}/referrals/new")
    String find(
            @PathVariable UUID caseId,
            @RequestParam(required = false) Integer age,
            @RequestParam(required = false) String sex,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String need,
            @RequestParam(required = false) String area,
            Model model) {
        ChildEligibility child = cases.eligibilityOf(caseId);
        @SuppressWarnings("unchecked")
        Map<String, String> typed = (Map<String, String>) model.getAttribute("form");
        boolean searched =
                need != null || age != null || sex != null || language != null || area != null || typed != null;
        if (typed != null && need == null) {
            need = typed.get("need");
            age = typed.get("age") == null || typed.get("age").isBlank() ? null : Integer.valueOf(typed.get("age"));
            sex = typed.get("sex");
            language = typed.get("language");
            area = typed.get("area");
        } else if (!searched) {
            age = child.age();
            sex = child.sex();
            language = child.languages().isEmpty() ? null : child.languages().get(0);
        }
        ServiceCriteria criteria = new ServiceCriteria(
                age, blankToNull(sex), blankToNull(language), blankToNull(need), blankToNull(area), null, null, 0);
        model.addAttribute("caseId", caseId);
        model.addAttribute("criteria", criteria);
        model.addAttribute("searched", searched);
        model.addAttribute("services", searched ? directory.search(criteria) : List.of());
        model.addAttribute("needs", NEEDS);
        model.addAttribute("sexes", SEXES);
        model.addAttribute(
                "urgencies", Arrays.stream(Urgency.values()).map(Urgency::code).toList());
        model.addAttribute(
                "shareableFields",
                CaseSharing.SHAREABLE_FIELDS.stream().sorted().toList());
        return "referrals/new";
    }

    @PostMapping("/staff/cases/{caseId}/referrals/new")
    String refer(
            @PathVariable UUID caseId,
            @RequestParam(required = false) UUID serviceId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String urgency,
            @RequestParam(required = false) List<String> sharedFields,
            @RequestParam(required = false) String need) {
        ReferralStatus sent = referrals.refer(
                caseId,
                new RequestReferral(
                        serviceId,
                        reason,
                        urgency,
                        sharedFields == null ? List.of() : sharedFields,
                        blankToNull(need)));
        return "redirect:/staff/referrals/" + sent.id() + "?sent";
    }

    private static String back(UUID id) {
        return "redirect:/staff/referrals/" + id;
    }

    private static String blankToNull(String text) {
        return TypedText.orNullIfBlank(text) == null ? null : text.strip();
    }

    /** The shared values in the order shared; a list or a record in words, without its empty parts. */
    static List<SharedValue> sharedValues(ReferralView referral) {
        if (referral.shared() == null) {
            return List.of();
        }
        List<SharedValue> values = new ArrayList<>();
        referral.shared().forEach((field, value) -> values.add(new SharedValue(field, words(value))));
        return values;
    }

    private static String words(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Map<?, ?> map) {
            return words(map.values());
        }
        if (value instanceof Collection<?> items) {
            List<String> parts = items.stream()
                    .filter(Objects::nonNull)
                    .map(ReferralPageController::words)
                    .filter(part -> !part.equals("-"))
                    .toList();
            return parts.isEmpty() ? "-" : String.join(", ", parts);
        }
        return value.toString();
    }
}
