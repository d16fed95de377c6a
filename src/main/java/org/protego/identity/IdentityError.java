package org.protego.identity;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.protego.shared.FieldProblem;

/**
 * Every reason an account change or an enrolment is refused. The code goes into problem details; forms show the
 * message {@code identity.error.CODE}.
 */
enum IdentityError {
    USERNAME_INVALID(
            "username",
            "username.invalid",
            "3 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit."),
    USERNAME_RESERVED("username", "username.reserved", "This user name is reserved for the bootstrap account."),
    PASSWORD_LENGTH(
            "password",
            "password.length",
            "Between " + IdentityManagement.MIN_PASSWORD_LENGTH + " and " + IdentityManagement.MAX_PASSWORD_LENGTH
                    + " characters."),
    PASSWORD_NOT_ACCEPTED(
            "password",
            "password.not-accepted",
            "An administrator does not set passwords: the user sets one with the enrolment code in the answer."),
    PASSWORDS_DIFFER("passwordAgain", "password.mismatch", "The two passwords are not the same."),
    ROLES_EMPTY("roles", "roles.empty", "At least one role."),
    ROLES_UNKNOWN("roles", "roles.unknown", "Unknown role; the allowed roles are " + allowedRoles() + "."),
    ORGANISATION_INVALID(
            "organisation",
            "organisation.invalid",
            "1 to " + IdentityManagement.MAX_ORGANISATION_NAME_LENGTH + " characters, no control characters."),
    CODE_INVALID("code", "enrolment.code-invalid", "The enrolment code is unknown, expired or already used.");

    private final String field;
    private final String code;
    private final String detail;

    IdentityError(String field, String code, String detail) {
        this.field = field;
        this.code = code;
        this.detail = detail;
    }

    FieldProblem problem() {
        return new FieldProblem(field, code, detail);
    }

    /** The problem about one value, named at the start of the detail. */
    FieldProblem problemWith(String value) {
        return new FieldProblem(field, code, "'" + value + "': " + detail);
    }

    static String allowedRoles() {
        return Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));
    }
}
