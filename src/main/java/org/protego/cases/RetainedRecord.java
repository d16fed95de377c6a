package org.protego.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of record an administrator sets retention for, and what happens to each when its time has come. */
enum RetainedRecord {
    /** A closed case is anonymised: what identifies the child goes, what indicators count stays. */
    CLOSED_CASE(true),
    /** The values in a closed case's history are emptied; who changed which field when stays. */
    CASE_HISTORY(true),
    /** The audit log is never purged: it is the record of who did what to a child's data. */
    AUDIT(false);

    private final boolean expires;

    RetainedRecord(boolean expires) {
        this.expires = expires;
    }

    boolean expires() {
        return expires;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<RetainedRecord> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }
}
