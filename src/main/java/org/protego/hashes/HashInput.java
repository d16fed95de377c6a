package org.protego.hashes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.TypedText;

/**
 * The rules typed hash input meets: list and series names, and the hashes to add or match. Each check names every
 * problem with its field at once, so that nothing is refused one field at a time.
 */
final class HashInput {

    /** Lower-case letters, digits, dots, dashes and underscores, starting with a letter or digit, at most 64. */
    static final String LIST_NAME = "[a-z0-9][a-z0-9._-]{0,63}";

    static final int MAX_SERIES_LENGTH = 100;
    static final int MAX_QUERIES = 1000;
    static final int MAX_DISTANCE = 31;
    private static final int MAX_QUERY_PROBLEMS = 20;
    private static final int MAX_DIHEDRAL_VARIANTS = 7;

    private HashInput() {}

    /** A hash to add, checked: its list (null for the adder's default list), and its series, if any. */
    record ValidHash(
            String list, HashAlgorithm algorithm, String value, HashClassification classification, String series) {}

    static boolean isValidListName(String name) {
        return name != null && name.matches(LIST_NAME);
    }

    /** A series name may name a victim or a set; it is kept short and free of control characters. */
    static boolean isValidSeries(String series) {
        return series.length() <= MAX_SERIES_LENGTH && series.chars().noneMatch(Character::isISOControl);
    }

    /** A hash value as compared: without surrounding spaces, in lower case. */
    static String normalised(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    /** Text as typed without surrounding spaces, or null when nothing was typed. */
    static String stripped(String text) {
        return TypedText.orNullIfBlank(text) == null ? null : text.strip();
    }

    static void requireValidListName(String name) {
        if (!isValidListName(name)) {
            throw new InvalidRequestException(List.of(new FieldProblem("list", HashError.LIST_INVALID)));
        }
    }

    /** The hash an analyst adds, or every problem with it. */
    static ValidHash checked(HashManagement.AddHash command) {
        var problems = new ArrayList<FieldProblem>();
        HashAlgorithm algorithm = HashAlgorithm.fromCode(command.algorithm()).orElse(null);
        if (algorithm == null) {
            problems.add(new FieldProblem("algorithm", HashError.ALGORITHM_UNKNOWN));
        }
        String value = normalised(command.value());
        if (algorithm != null && !algorithm.accepts(value)) {
            problems.add(new FieldProblem("value", HashError.HASH_MALFORMED));
        }
        var classification = HashClassification.fromCode(command.classification());
        if (classification.isEmpty()) {
            problems.add(new FieldProblem("classification", HashError.CLASSIFICATION_UNKNOWN));
        }
        String series = stripped(command.series());
        if (series != null && !isValidSeries(series)) {
            problems.add(new FieldProblem("series", HashError.SERIES_INVALID, String.valueOf(MAX_SERIES_LENGTH)));
        }
        String list = stripped(command.list());
        if (list != null && !isValidListName(list)) {
            problems.add(new FieldProblem("list", HashError.LIST_INVALID));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new ValidHash(list, algorithm, value, classification.get(), series);
    }

    /** The series an entry is put into, or the problem with it: unlike a new entry's, it must be named. */
    static String checkedSeries(String series) {
        String name = stripped(series);
        if (name == null || !isValidSeries(name)) {
            throw new InvalidRequestException(
                    List.of(new FieldProblem("series", HashError.SERIES_REQUIRED, String.valueOf(MAX_SERIES_LENGTH))));
        }
        return name;
    }

    /** Refuses a match request with every problem of its first hashes, up to twenty. */
    static void checkMatch(List<HashQuery> queries, int distance) {
        var problems = new ArrayList<FieldProblem>();
        if (queries == null || queries.isEmpty() || queries.size() > MAX_QUERIES) {
            problems.add(new FieldProblem("hashes", HashError.HASHES_COUNT, String.valueOf(MAX_QUERIES)));
        }
        if (distance < 0 || distance > MAX_DISTANCE) {
            problems.add(new FieldProblem("maxDistance", HashError.DISTANCE_INVALID, String.valueOf(MAX_DISTANCE)));
        }
        for (int i = 0; queries != null && i < queries.size() && problems.size() < MAX_QUERY_PROBLEMS; i++) {
            check(queries.get(i), "hashes[" + i + "]", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static void check(HashQuery query, String field, List<FieldProblem> problems) {
        if (query == null) {
            problems.add(new FieldProblem(field, HashError.HASH_MISSING));
            return;
        }
        var algorithm = HashAlgorithm.fromCode(query.algorithm());
        if (algorithm.isEmpty()) {
            problems.add(new FieldProblem(field + ".algorithm", HashError.ALGORITHM_UNKNOWN));
        } else if (!algorithm.get().accepts(normalised(query.value()))) {
            problems.add(new FieldProblem(field + ".value", HashError.QUERY_HASH_MALFORMED));
        }
        if (query.dihedralVariants() != null
                && (query.dihedralVariants().size() > MAX_DIHEDRAL_VARIANTS
                        || algorithm.filter(HashAlgorithm.PDQ::equals).isEmpty()
                        || !query.dihedralVariants().stream()
                                .allMatch(variant ->
                                        HashAlgorithm.PDQ.accepts(variant == null ? "" : variant.strip())))) {
            problems.add(new FieldProblem(
                    field + ".dihedralVariants", HashError.VARIANTS_INVALID, String.valueOf(MAX_DIHEDRAL_VARIANTS)));
        }
    }
}
