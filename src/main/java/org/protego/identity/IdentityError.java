package org.protego.identity;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.protego.shared.ErrorCode;
import org.protego.shared.FieldProblem;
import org.springframework.http.HttpStatus;

/**
 * Every reason an account change, an enrolment or a language choice is refused. Codes of field problems keep the
 * dotted form the API has always answered with; messages are {@code identity.error.CODE}.
 */
enum IdentityError implements ErrorCode {
    USERNAME_INVALID("username", "username.invalid", HttpStatus.BAD_REQUEST),
    USERNAME_RESERVED("username", "username.reserved", HttpStatus.BAD_REQUEST),
    /** Argument: the user name. */
    USERNAME_TAKEN("username", "username.taken", HttpStatus.CONFLICT),
    PASSWORD_LENGTH("password", "password.length", HttpStatus.BAD_REQUEST),
    PASSWORD_NOT_ACCEPTED("password", "password.not-accepted", HttpStatus.BAD_REQUEST),
    PASSWORDS_DIFFER("passwordAgain", "password.mismatch", HttpStatus.BAD_REQUEST),
    ROLES_EMPTY("roles", "roles.empty", HttpStatus.BAD_REQUEST),
    /** Arguments: the role name given, and the allowed roles. */
    ROLES_UNKNOWN("roles", "roles.unknown", HttpStatus.BAD_REQUEST),
    ORGANISATION_INVALID("organisation", "organisation.invalid", HttpStatus.BAD_REQUEST),
    /** Argument: the longest team name allowed. */
    TEAM_INVALID("team", "team-invalid", HttpStatus.BAD_REQUEST),
    /** Argument: the organisation's name. */
    ORGANISATION_EXISTS("name", "organisation.exists", HttpStatus.CONFLICT),
    CODE_INVALID("code", "enrolment.code-invalid", HttpStatus.BAD_REQUEST),
    ENROLMENTS_THROTTLED("code", "enrolment.throttled", HttpStatus.TOO_MANY_REQUESTS),
    /** Argument: the user's id. */
    USER_NOT_FOUND("id", "user.not-found", HttpStatus.NOT_FOUND),
    /** Arguments: the user's id and the token's id. */
    TOKEN_NOT_FOUND("tokenId", "token.not-found", HttpStatus.NOT_FOUND),
    CANNOT_DISABLE_SELF("id", "user.cannot-disable-self", HttpStatus.CONFLICT),
    LANGUAGE_NOT_OFFERED("lang", "language.not-offered", HttpStatus.BAD_REQUEST);

    private final String field;
    private final String code;
    private final HttpStatus status;

    IdentityError(String field, String code, HttpStatus status) {
        this.field = field;
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
        return "identity.error." + code;
    }

    /** The problem with the field this refusal is about. */
    FieldProblem problem(Object... arguments) {
        return new FieldProblem(field, this, arguments);
    }

    static String allowedRoles() {
        return Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));
    }
}
