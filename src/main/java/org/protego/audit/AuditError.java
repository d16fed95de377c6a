package org.protego.audit;

import org.protego.shared.ErrorCode;
import org.springframework.http.HttpStatus;

/** Every reason a look at the audit chain is refused; messages are {@code audit.error.CODE}. */
enum AuditError implements ErrorCode {
    /** A head to verify against that this server did not sign, that was changed, or that is not a head at all. */
    HEAD_SIGNATURE_INVALID("head-signature-invalid", HttpStatus.BAD_REQUEST),
    /** The chain has no entry yet, so it has no head. */
    NO_ENTRY_YET("audit-no-entry-yet", HttpStatus.NOT_FOUND),
    /** Argument: the sequence number asked for. */
    NO_SUCH_ENTRY("audit-no-such-entry", HttpStatus.NOT_FOUND),
    /** Entries about a subject were asked for without naming the subject. */
    SUBJECT_ID_REQUIRED("audit-subject-id-required", HttpStatus.BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    AuditError(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String messageKey() {
        return "audit.error." + code;
    }
}
