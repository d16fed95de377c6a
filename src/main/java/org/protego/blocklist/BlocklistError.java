package org.protego.blocklist;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.protego.shared.ErrorCode;
import org.protego.shared.FieldProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * Every reason the block list refuses a request. The code is what the API has always answered with (several constants
 * share one, such as {@code text-invalid}, where only the message differs); the message is
 * {@code blocklist.error.<constant>} in {@code messages.properties}, its English the API's problem detail.
 */
public enum BlocklistError implements ErrorCode {
    NOT_ASSESSED_ILLEGAL(HttpStatus.BAD_REQUEST),
    ITEM_NOT_GIVEN("not-assessed-illegal", HttpStatus.BAD_REQUEST),
    IP_ADDRESS(HttpStatus.BAD_REQUEST),
    DOMAIN_CHARACTERS(HttpStatus.BAD_REQUEST),
    DOMAIN_LABEL_LENGTH(HttpStatus.BAD_REQUEST),
    DOMAIN_HYPHEN(HttpStatus.BAD_REQUEST),
    DOMAIN_LENGTH(HttpStatus.BAD_REQUEST),
    DOMAIN_PUNYCODE(HttpStatus.BAD_REQUEST),
    SINGLE_LABEL(HttpStatus.BAD_REQUEST),
    DOMAIN_TOO_LONG_FOR_ZONE(HttpStatus.BAD_REQUEST),
    PUBLIC_SUFFIX(HttpStatus.BAD_REQUEST),
    NOT_REGISTRABLE(HttpStatus.BAD_REQUEST),
    HOST_IS_PUBLIC_SUFFIX(HttpStatus.BAD_REQUEST),
    APPELLANT_INVALID("text-invalid", HttpStatus.BAD_REQUEST),
    GROUNDS_INVALID("text-invalid", HttpStatus.BAD_REQUEST),
    DECISION_TOO_LONG("text-invalid", HttpStatus.BAD_REQUEST),
    /** {0}: the newest published version. */
    VERSION_UNKNOWN(HttpStatus.BAD_REQUEST),
    APPROVER_INVOLVED(HttpStatus.CONFLICT),
    VERSION_NOT_HELD(HttpStatus.CONFLICT),
    APPEAL_RECORDED_BY_YOU(HttpStatus.CONFLICT),
    APPEAL_DECIDED(HttpStatus.CONFLICT),
    ENTRY_NOT_LISTED(HttpStatus.CONFLICT),
    ENTRY_IN_HELD_VERSION(HttpStatus.CONFLICT),
    ENTRY_OFF_THE_LIST(HttpStatus.CONFLICT),
    NO_VERSION_PUBLISHED(HttpStatus.NOT_FOUND),
    /** {0}: the version asked for. */
    VERSION_NOT_PUBLISHED(HttpStatus.NOT_FOUND),
    /** {0}: the entry asked for. */
    ENTRY_UNKNOWN(HttpStatus.NOT_FOUND),
    ENTRY_NOT_GIVEN("entry-unknown", HttpStatus.NOT_FOUND),
    /** {0}: the appeal asked for. */
    APPEAL_UNKNOWN(HttpStatus.NOT_FOUND);

    /** The message that names what was refused before the reason: {@code 'name': reason}. */
    static final String NAMED_REFUSAL_KEY = "blocklist.error.named-refusal";

    private final String code;
    private final HttpStatus status;

    BlocklistError(HttpStatus status) {
        this.code = dashed(name());
        this.status = status;
    }

    BlocklistError(String code, HttpStatus status) {
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
        return "blocklist.error." + dashed(name());
    }

    /** This refusal of a name, as a problem with a field that says which name it refused. */
    FieldProblem refusing(String field, String name) {
        return new FieldProblem(
                field, code, NAMED_REFUSAL_KEY, List.of(name, new DefaultMessageSourceResolvable(messageKey())));
    }

    /** The error whose code was stored, such as an item's refusal; the first declared where codes are shared. */
    static Optional<BlocklistError> ofCode(String code) {
        return Arrays.stream(values()).filter(error -> error.code.equals(code)).findFirst();
    }

    private static String dashed(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
