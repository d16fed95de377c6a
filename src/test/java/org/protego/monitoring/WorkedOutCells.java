package org.protego.monitoring;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A check of disclosure control written apart from the engine: it builds the table's sums from the dimensions itself
 * and solves them over the rationals, dense and plain, to find which withheld cells anyone could work out.
 */
final class WorkedOutCells {

    private WorkedOutCells() {}

    /** The withheld cells whose value the published cells and the table's sums fix exactly. */
    static Set<String> in(ProtectedTable table) {
        List<List<String>> unknowns = new ArrayList<>();
        Map<List<String>, Integer> column = new HashMap<>();
        table.counts().keySet().stream()
                .filter(table::withheld)
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .forEach(cell -> {
                    column.put(cell, unknowns.size());
                    unknowns.add(cell);
                });
        int n = unknowns.size();
        List<Fraction[]> rows = new ArrayList<>();
        for (List<String> cell : table.counts().keySet()) {
            for (int d = 0; d < table.dimensions().size(); d++) {
                List<List<String>> parts = parts(table, cell, d);
                if (parts.isEmpty() || !parts.stream().allMatch(table.counts()::containsKey)) {
                    continue;
                }
                Fraction[] row = zeros(n);
                boolean any = false;
                if (column.containsKey(cell)) {
                    row[column.get(cell)] = row[column.get(cell)].plus(Fraction.ONE);
                    any = true;
                }
                for (List<String> part : parts) {
                    if (column.containsKey(part)) {
                        row[column.get(part)] = row[column.get(part)].minus(Fraction.ONE);
                        any = true;
                    }
                }
                if (any) {
                    rows.add(row);
                }
            }
        }
        // Reduced row echelon form: a cell is fixed when its pivot row names no free unknown.
        int[] pivotRowOf = new int[n];
        java.util.Arrays.fill(pivotRowOf, -1);
        int rank = 0;
        for (int c = 0; c < n && rank < rows.size(); c++) {
            int pivot = -1;
            for (int r = rank; r < rows.size(); r++) {
                if (!rows.get(r)[c].isZero()) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            Fraction[] swap = rows.get(pivot);
            rows.set(pivot, rows.get(rank));
            rows.set(rank, swap);
            Fraction[] pivotRow = rows.get(rank);
            Fraction scale = pivotRow[c];
            for (int i = 0; i < n; i++) {
                pivotRow[i] = pivotRow[i].dividedBy(scale);
            }
            for (int r = 0; r < rows.size(); r++) {
                Fraction[] row = rows.get(r);
                if (r == rank || row[c].isZero()) {
                    continue;
                }
                Fraction factor = row[c];
                for (int i = 0; i < n; i++) {
                    if (!pivotRow[i].isZero()) {
                        row[i] = row[i].minus(factor.times(pivotRow[i]));
                    }
                }
            }
            pivotRowOf[c] = rank++;
        }
        Set<String> fixed = new TreeSet<>();
        for (int c = 0; c < n; c++) {
            if (pivotRowOf[c] < 0) {
                continue;
            }
            Fraction[] row = rows.get(pivotRowOf[c]);
            boolean namesFree = false;
            for (int i = 0; i < n && !namesFree; i++) {
                namesFree = pivotRowOf[i] < 0 && !row[i].isZero();
            }
            if (!namesFree) {
                fixed.add(unknowns.get(c).toString());
            }
        }
        return fixed;
    }

    private static List<List<String>> parts(ProtectedTable table, List<String> cell, int d) {
        Map<String, String> parentOf =
                new LinkedHashMap<>(table.dimensions().get(d).parentOf());
        List<List<String>> parts = new ArrayList<>();
        parentOf.forEach((code, parent) -> {
            if (cell.get(d).equals(parent)) {
                List<String> part = new ArrayList<>(cell);
                part.set(d, code);
                parts.add(part);
            }
        });
        return parts;
    }

    private static Fraction[] zeros(int n) {
        Fraction[] row = new Fraction[n];
        java.util.Arrays.fill(row, Fraction.ZERO);
        return row;
    }

    private record Fraction(BigInteger numerator, BigInteger denominator) {

        static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
        static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

        static Fraction of(BigInteger numerator, BigInteger denominator) {
            if (denominator.signum() < 0) {
                numerator = numerator.negate();
                denominator = denominator.negate();
            }
            BigInteger gcd = numerator.gcd(denominator);
            return gcd.signum() == 0 || gcd.equals(BigInteger.ONE)
                    ? new Fraction(numerator, denominator)
                    : new Fraction(numerator.divide(gcd), denominator.divide(gcd));
        }

        boolean isZero() {
            return numerator.signum() == 0;
        }

        Fraction plus(Fraction other) {
            return of(
                    numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                    denominator.multiply(other.denominator));
        }

        Fraction minus(Fraction other) {
            return plus(new Fraction(other.numerator.negate(), other.denominator));
        }

        Fraction times(Fraction other) {
            return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
        }

        Fraction dividedBy(Fraction other) {
            return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
        }
    }
}
