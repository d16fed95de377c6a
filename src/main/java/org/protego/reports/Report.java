package org.protego.reports;

import java.time.Instant;
import java.util.UUID;
import org.protego.shared.ConflictException;

/**
 * A report's identity and where it stands; the aggregate owns every change of its status, and it alone decides that a
 * closed report stays closed.
 */
class Report {

    private final UUID id;
    private final String reference;
    private final UUID organisationId;
    private ReportStatus status;
    private Instant statusChangedAt;

    Report(UUID id, String reference, UUID organisationId, ReportStatus status, Instant statusChangedAt) {
        this.id = id;
        this.reference = reference;
        this.organisationId = organisationId;
        this.status = status;
        this.statusChangedAt = statusChangedAt;
    }

    /**
     * Moves the report to the status its assessed items call for. A closed report stays closed: an assessment that
     * lands after an analyst closed it changes nothing, and is not refused, since the assessment itself holds.
     *
     * @return whether the status changed
     */
    boolean progressTo(ReportStatus next, Instant at) {
        if (next == ReportStatus.CLOSED) {
            throw new IllegalArgumentException("Closing is an analyst's decision: use close()");
        }
        if (status == ReportStatus.CLOSED || status == next) {
            return false;
        }
        moveTo(next, at);
        return true;
    }

    /** Closes the report; closing twice is refused so the audit log shows one closure. */
    void close(Instant at) {
        if (status == ReportStatus.CLOSED) {
            throw new ConflictException(ReportError.REPORT_ALREADY_CLOSED, reference);
        }
        moveTo(ReportStatus.CLOSED, at);
    }

    private void moveTo(ReportStatus next, Instant at) {
        if (!status.canMoveTo(next)) {
            throw new ConflictException(ReportError.STATUS_CHANGE_NOT_ALLOWED, reference, status.code(), next.code());
        }
        status = next;
        statusChangedAt = at;
    }

    UUID id() {
        return id;
    }

    String reference() {
        return reference;
    }

    UUID organisationId() {
        return organisationId;
    }

    ReportStatus status() {
        return status;
    }

    Instant statusChangedAt() {
        return statusChangedAt;
    }
}
