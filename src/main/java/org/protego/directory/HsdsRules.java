package org.protego.directory;

import com.google.common.net.InternetDomainName;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.protego.shared.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * Checks an HSDS 3.0 service against what HSDS's schemas require of the members Protego keeps: required members,
 * types, enumerations, UUID ids, URIs, e-mail addresses, dates and times. Every problem is named by the JSON Pointer of
 * its member, so that nothing is stored and the sender can fix them all at once. A member given as {@code null} counts
 * as absent.
 */
final class HsdsRules {

    /** What HSDS expects, as the message names it: JSON Schema's words, which need no translation. */
    static final Map<HsdsShape.Kind, String> EXPECTED = Map.ofEntries(
            Map.entry(HsdsShape.Kind.TEXT, "string"),
            Map.entry(HsdsShape.Kind.UUID, "uuid"),
            Map.entry(HsdsShape.Kind.URI, "uri"),
            Map.entry(HsdsShape.Kind.EMAIL, "email"),
            Map.entry(HsdsShape.Kind.NUMBER, "number"),
            Map.entry(HsdsShape.Kind.DATE, "YYYY-MM-DD"),
            Map.entry(HsdsShape.Kind.TIME, "HH:MM"),
            Map.entry(HsdsShape.Kind.DAYS, "MO,TU,WE,TH,FR,SA,SU"),
            Map.entry(HsdsShape.Kind.OBJECT, "object"),
            Map.entry(HsdsShape.Kind.LIST, "array"));

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern TIME_TEXT =
            Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])?");
    private static final Pattern DAYS_TEXT =
            Pattern.compile("[+-]?[0-9]{0,2}(MO|TU|WE|TH|FR|SA|SU)(,[+-]?[0-9]{0,2}(MO|TU|WE|TH|FR|SA|SU))*");
    private static final Pattern DATE_TEXT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** An RFC 5322 dot-atom local part, the form addresses are written in (quoted local parts are not accepted). */
    private static final Pattern EMAIL_LOCAL_PART =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

    private HsdsRules() {}

    /** Every problem of a service, its members' pointers starting with {@code prefix} ("" for a lone service). */
    static List<FieldProblem> problemsOf(JsonNode service, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        check(service, HsdsShapes.SERVICE, prefix, problems);
        if (service != null && service.isObject()) {
            BigDecimal minimum = number(service.get("minimum_age"));
            BigDecimal maximum = number(service.get("maximum_age"));
            if (minimum != null && minimum.signum() < 0) {
                problems.add(invalid(prefix + "/minimum_age", ">= 0"));
            }
            if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
                problems.add(new FieldProblem(
                        prefix + "/maximum_age", DirectoryError.HSDS_AGE_RANGE, prefix + "/maximum_age"));
            }
        }
        return problems;
    }

    private static void check(JsonNode node, HsdsShape shape, String pointer, List<FieldProblem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(invalid(pointer, EXPECTED.get(HsdsShape.Kind.OBJECT)));
            return;
        }
        for (HsdsShape.Member member : shape.members().values()) {
            JsonNode value = node.get(member.name());
            String at = pointer + "/" + member.name();
            if (value == null || value.isNull()) {
                if (member.required()) {
                    problems.add(new FieldProblem(at, DirectoryError.HSDS_FIELD_REQUIRED, at));
                }
                continue;
            }
            switch (member.kind()) {
                case OBJECT -> check(value, member.shape(), at, problems);
                case LIST -> {
                    if (!value.isArray()) {
                        problems.add(invalid(at, EXPECTED.get(HsdsShape.Kind.LIST)));
                    } else {
                        for (int i = 0; i < value.size(); i++) {
                            check(value.get(i), member.shape(), at + "/" + i, problems);
                        }
                    }
                }
                case NUMBER -> {
                    if (!value.isNumber()) {
                        problems.add(invalid(at, EXPECTED.get(member.kind())));
                    }
                }
                case ONE_OF -> {
                    if (!value.isString() || !member.values().contains(value.asString())) {
                        problems.add(invalid(at, String.join(", ", member.values())));
                    }
                }
                default -> {
                    if (!value.isString() || !fits(member.kind(), value.asString())) {
                        problems.add(invalid(at, EXPECTED.get(member.kind())));
                    }
                }
            }
        }
    }

    private static boolean fits(HsdsShape.Kind kind, String text) {
        return switch (kind) {
            case UUID -> UUID_TEXT.matcher(text).matches();
            case URI -> isAbsoluteUri(text);
            case EMAIL -> isEmail(text);
            case DATE -> isDate(text);
            case TIME -> TIME_TEXT.matcher(text).matches();
            case DAYS -> DAYS_TEXT.matcher(text.replace(" ", "")).matches();
            default -> true;
        };
    }

    /**
     * Whether the text is an address mail can be sent to: a local part, and a domain under a public suffix (Guava's copy
     * of the public suffix list), so that a made-up domain such as {@code shelter.example} is refused here as the HSDS
     * schema's email format refuses it, rather than exported in a document that fails the schema.
     */
    static boolean isEmail(String text) {
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1 || text.length() > 254) {
            return false;
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1);
        return local.length() <= 64
                && EMAIL_LOCAL_PART.matcher(local).matches()
                && InternetDomainName.isValid(domain)
                && InternetDomainName.from(domain).isUnderPublicSuffix();
    }

    private static boolean isAbsoluteUri(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isDate(String text) {
        if (!DATE_TEXT.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static BigDecimal number(JsonNode value) {
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }

    static FieldProblem invalid(String pointer, String expected) {
        return new FieldProblem(
                pointer, DirectoryError.HSDS_FIELD_INVALID, pointer.isEmpty() ? "/" : pointer, expected);
    }
}
