package org.protego.reports;

import java.time.Instant;
import java.util.UUID;
import org.protego.shared.ConflictException;

/** A report's identity and where it stands; the aggregate owns every change of its status. */
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
     * Moves the report to the status its assessed items call for; a closed report stays closed.
     *
     * @return whether the status changed
     */
    boolean progressTo(ReportStatus next, Instant at) {
        if (next == ReportStatus.CLOSED) {
            throw new IllegalArgumentException("Closing is an analyst's decision: use close()");
        }
        if (status == ReportStatus.CLOSED) {
            throw new ConflictException("Report " + reference + " is closed; its status no longer changes.");
        }
        if (status == next) {
            return false;
        }
        status = next;
        statusChangedAt = at;
        return true;
    }

    /** Closes the report; closing twice is refused so the audit log shows one closure. */
    void close(Instant at) {
        if (status == ReportStatus.CLOSED) {
            throw new ConflictException("Report " + reference + " is already closed.");
        }
        status = ReportStatus.CLOSED;
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
