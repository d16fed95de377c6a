package org.protego.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.protego.shared.CountryCode;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.RefusedException;
import org.protego.shared.TypedText;

/**
 * A child's case: who the child is, what happened, how urgent it is, and where the case stands. It belongs to one
 * organisation, is assigned to one case worker and, through them, to a team; each change makes a new version.
 */
final class ChildCase {

    private final UUID id;
    private final UUID organisationId;
    private final String caseNumber;
    private final long version;
    private final CaseState state;
    private final CaseOrigin origin;
    private final String reportReference;
    private final UUID assignedTo;
    private final String team;
    private final Instant registeredAt;
    private final Instant updatedAt;
    private final CaseDetails details;
    private final Guardian guardian;

    ChildCase(
            UUID id,
            UUID organisationId,
            String caseNumber,
            long version,
            CaseState state,
            CaseOrigin origin,
            String reportReference,
            UUID assignedTo,
            String team,
            Instant registeredAt,
            Instant updatedAt,
            CaseDetails details,
            Guardian guardian) {
        this.id = id;
        this.organisationId = organisationId;
        this.caseNumber = caseNumber;
        this.version = version;
        this.state = state;
        this.origin = origin;
        this.reportReference = reportReference;
        this.assignedTo = assignedTo;
        this.team = team;
        this.registeredAt = registeredAt;
        this.updatedAt = updatedAt;
        this.details = details;
        this.guardian = guardian;
    }

    /** Details as they will be stored: trimmed, codes in their canonical case, and flags never missing. */
    static CaseDetails normalised(CaseDetails details, LocalDate today) {
        List<org.protego.shared.FieldProblem> problems = CaseDetailsRules.problemsOf(details, today);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        ChildRecord child = details.child();
        return new CaseDetails(
                new ChildRecord(
                        trimmed(child.givenName()),
                        trimmed(child.familyName()),
                        trimmed(child.otherNames()),
                        child.sex(),
                        child.dateOfBirth(),
                        child.estimatedAge(),
                        trimmed(child.ageEstimationMethod()),
                        TypedText.orNullIfBlank(child.nationality()) == null
                                ? null
                                : CountryCode.parse(child.nationality()).value(),
                        child.languages() == null
                                ? List.of()
                                : child.languages().stream().distinct().toList(),
                        child.identityDocuments() == null
                                ? List.of()
                                : child.identityDocuments().stream()
                                        .map(document -> new IdentityDocument(
                                                document.type().trim(),
                                                document.number().trim(),
                                                TypedText.orNullIfBlank(document.issuingCountry()) == null
                                                        ? null
                                                        : CountryCode.parse(document.issuingCountry())
                                                                .value()))
                                        .toList()),
                details.formsOfExploitation() == null
                        ? List.of()
                        : details.formsOfExploitation().stream()
                                .distinct()
                                .sorted()
                                .toList(),
                Boolean.TRUE.equals(details.unaccompanied()),
                Boolean.TRUE.equals(details.separated()),
                Boolean.TRUE.equals(details.trafficked()),
                Boolean.TRUE.equals(details.displaced()),
                details.riskLevel(),
                trimmed(details.protectionNeeds()));
    }

    /**
     * The details after a change: each part the change gives replaces the stored one; the result must be valid as a
     * whole. Only an open case, or one waiting for its closure to be approved, can be changed.
     */
    CaseDetails changedBy(CaseDetails change, LocalDate today) {
        requireEditable();
        ChildRecord was = details.child();
        ChildRecord given = change.child() == null
                ? new ChildRecord(null, null, null, null, null, null, null, null, null, null)
                : change.child();
        ChildRecord child = new ChildRecord(
                either(given.givenName(), was.givenName()),
                either(given.familyName(), was.familyName()),
                either(given.otherNames(), was.otherNames()),
                either(given.sex(), was.sex()),
                given.dateOfBirth() != null ? given.dateOfBirth() : was.dateOfBirth(),
                given.estimatedAge() != null ? given.estimatedAge() : was.estimatedAge(),
                either(given.ageEstimationMethod(), was.ageEstimationMethod()),
                either(given.nationality(), was.nationality()),
                given.languages() != null ? given.languages() : was.languages(),
                given.identityDocuments() != null ? given.identityDocuments() : was.identityDocuments());
        return normalised(
                new CaseDetails(
                        child,
                        either(change.formsOfExploitation(), details.formsOfExploitation()),
                        either(change.unaccompanied(), details.unaccompanied()),
                        either(change.separated(), details.separated()),
                        either(change.trafficked(), details.trafficked()),
                        either(change.displaced(), details.displaced()),
                        either(change.riskLevel(), details.riskLevel()),
                        either(change.protectionNeeds(), details.protectionNeeds())),
                today);
    }

    void requireEditable() {
        if (state != CaseState.OPEN && state != CaseState.CLOSURE_REQUESTED) {
            throw new RefusedException(CaseError.STATE_FORBIDS, state.code());
        }
    }

    /** Every field whose value differs between two versions of the details, in the order the API lists them. */
    static List<FieldChange> differences(CaseDetails before, CaseDetails after) {
        Map<String, String> was = fieldsOf(before);
        Map<String, String> now = fieldsOf(after);
        List<FieldChange> changes = new ArrayList<>();
        now.forEach((field, value) -> {
            if (!Objects.equals(was.get(field), value)) {
                changes.add(new FieldChange(field, was.get(field), value));
            }
        });
        return changes;
    }

    /** The details as named text values, for the history. */
    static Map<String, String> fieldsOf(CaseDetails details) {
        ChildRecord child = details.child();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("child.givenName", child.givenName());
        fields.put("child.familyName", child.familyName());
        fields.put("child.otherNames", child.otherNames());
        fields.put("child.sex", child.sex());
        fields.put(
                "child.dateOfBirth",
                child.dateOfBirth() == null ? null : child.dateOfBirth().toString());
        fields.put(
                "child.estimatedAge",
                child.estimatedAge() == null ? null : child.estimatedAge().toString());
        fields.put("child.ageEstimationMethod", child.ageEstimationMethod());
        fields.put("child.nationality", child.nationality());
        fields.put("child.languages", String.join(", ", child.languages()));
        fields.put(
                "child.identityDocuments",
                String.join(
                        "; ",
                        child.identityDocuments().stream()
                                .map(document -> document.type() + " " + document.number()
                                        + (document.issuingCountry() == null
                                                ? ""
                                                : " (" + document.issuingCountry() + ")"))
                                .toList()));
        fields.put("formsOfExploitation", String.join(", ", details.formsOfExploitation()));
        fields.put("unaccompanied", details.unaccompanied().toString());
        fields.put("separated", details.separated().toString());
        fields.put("trafficked", details.trafficked().toString());
        fields.put("displaced", details.displaced().toString());
        fields.put("riskLevel", details.riskLevel());
        fields.put("protectionNeeds", details.protectionNeeds());
        return fields;
    }

    /** An unaccompanied or separated child needs a guardian appointed without delay. */
    boolean needsGuardian() {
        return details.unaccompanied() || details.separated();
    }

    /** Whole hours from registration to the guardian's appointment; an earlier appointment counts as none. */
    Long guardianAppointedWithinHours() {
        if (guardian == null) {
            return null;
        }
        return Math.max(
                0,
                java.time.Duration.between(registeredAt, guardian.appointedAt()).toHours());
    }

    /** Whether the guardian came, or is still awaited, later than the limit after registration. */
    boolean guardianOverdue(java.time.Duration limit, Instant now) {
        if (guardian != null) {
            return java.time.Duration.between(registeredAt, guardian.appointedAt())
                            .compareTo(limit)
                    > 0;
        }
        return needsGuardian()
                && state != CaseState.CLOSED
                && java.time.Duration.between(registeredAt, now).compareTo(limit) > 0;
    }

    Guardian guardian() {
        return guardian;
    }

    AgeBand ageBand() {
        return AgeBand.of(
                details.child().dateOfBirth(),
                details.child().estimatedAge(),
                registeredAt.atZone(java.time.ZoneOffset.UTC).toLocalDate());
    }

    private static String trimmed(String text) {
        return TypedText.orNullIfBlank(text) == null ? null : text.trim();
    }

    /** A change's value where it gives one; an empty text clears an optional text. */
    private static <T> T either(T given, T stored) {
        return given != null ? given : stored;
    }

    UUID id() {
        return id;
    }

    UUID organisationId() {
        return organisationId;
    }

    String caseNumber() {
        return caseNumber;
    }

    long version() {
        return version;
    }

    CaseState state() {
        return state;
    }

    CaseOrigin origin() {
        return origin;
    }

    String reportReference() {
        return reportReference;
    }

    UUID assignedTo() {
        return assignedTo;
    }

    String team() {
        return team;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    CaseDetails details() {
        return details;
    }

    String sexCode() {
        return details.child().sex().toLowerCase(Locale.ROOT);
    }
}
