package org.protego.monitoring;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one text of an annual report's snapshot that is hashed and signed: JSON with the keys of every object sorted,
 * no spaces, and numbers written plainly (no exponent, no trailing zeros), so that the same content always gives the
 * same bytes, however it was stored and read back.
 */
final class AnnualReportJson {

    /** Reads decimals exactly, so that a stored snapshot reads back to the text that was hashed. */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private AnnualReportJson() {}

    /** The canonical text of plain JSON values (maps, lists, strings, numbers, booleans, null) or of a tree. */
    static String canonical(Object value) {
        JsonNode tree = value instanceof JsonNode node ? node : JSON.valueToTree(value);
        var out = new StringBuilder();
        write(tree, out);
        return out.toString();
    }

    /** The tree of a canonical text, as stored. */
    static JsonNode parse(String text) {
        return JSON.readTree(text);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            List<String> names = new ArrayList<>(node.propertyNames());
            // Ordered by UTF-16 code units, as JSON Canonicalization (RFC 8785) orders them.
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(names.get(i), out);
                out.append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isNumber()) {
            out.append(number(node));
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isString()) {
            string(node.asString(), out);
        } else {
            throw new IllegalArgumentException("A snapshot holds only plain JSON values, not " + node.getNodeType());
        }
    }

    private static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            throw new IllegalArgumentException("A snapshot holds no infinite or undefined number");
        }
        BigDecimal value = node.decimalValue().stripTrailingZeros();
        return value.signum() == 0 ? "0" : value.toPlainString();
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
