package org.protego.cases;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.protego.identity.StaffMember;
import org.protego.shared.NotFoundException;
import org.protego.shared.RefusedException;
import org.springframework.stereotype.Component;

/**
 * Every change to a case makes a new version and lines in its history. A change made against an older version is
 * refused with what changed since, instead of overwriting it: the answer to silently lost concurrent edits.
 */
@Component
class CaseVersions {

    private final Cases cases;
    private final Clock clock;

    CaseVersions(Cases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * Locks the case and checks that the change was made against its current version; {@code expectedVersion} null
     * means the caller did not say, which only internal work (not a person's edit) may do.
     */
    long lockCurrent(UUID caseId, Long expectedVersion) {
        long current =
                cases.lockedVersion(caseId).orElseThrow(() -> new NotFoundException(CaseError.CASE_NOT_FOUND, caseId));
        if (expectedVersion != null && expectedVersion != current) {
            List<CaseChange> since = cases.changesAfter(caseId, expectedVersion);
            String summary = since.stream()
                    .map(change -> change.field() + " (" + change.changedBy() + ")")
                    .distinct()
                    .collect(Collectors.joining(", "));
            throw new RefusedException(CaseError.STALE_VERSION, current, summary.isEmpty() ? "-" : summary)
                    .with("currentVersion", current)
                    .with(
                            "changedSince",
                            since.stream()
                                    .map(change -> new ChangedSince(
                                            change.version(),
                                            change.field(),
                                            change.changedBy(),
                                            change.changedAt().toString()))
                                    .toList());
        }
        return current;
    }

    /** A field changed since the version a refused write was made against; values are not part of it. */
    record ChangedSince(long version, String field, String changedBy, String changedAt) {}

    /**
     * Records a change to a case's parts other than its details (guardian, consents, plans): checks the version,
     * makes the next one and writes the history. Returns the new version.
     */
    long record(UUID caseId, Long expectedVersion, List<FieldChange> changes) {
        long current = lockCurrent(caseId, expectedVersion);
        long next = current + 1;
        cases.setVersion(caseId, next, clock.instant());
        cases.insertChanges(
                caseId,
                next,
                StaffMember.current().map(StaffMember::username).orElse("system"),
                clock.instant(),
                changes);
        return next;
    }
}
