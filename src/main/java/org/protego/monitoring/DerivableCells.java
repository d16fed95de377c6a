package org.protego.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Which withheld cells can be worked out exactly from the published ones and the lines' sums (the "Gauss check" of
 * Statistics Norway's GaussSuppression). With the withheld cells as unknowns and every line as an equation, a cell is
 * worked out exactly when no change to the unknowns that keeps every sum true changes that cell, that is when no
 * vector of the equations' null space is non-zero there.
 *
 * <p>The equations are brought to echelon form modulo the prime 2<sup>61</sup>−1 (their coefficients are 0, 1 and −1,
 * so arithmetic stays exact), then one null-space vector is drawn by giving every free unknown a random non-zero value
 * and solving for the others. A cell that can be worked out is zero in every null-space vector, so it is always found;
 * one that cannot is zero in the random one with a chance of 1 in 2<sup>61</sup>, and is then withheld once more than
 * needed, which is safe. The random values come from a fixed seed, so the answer is always the same.
 */
final class DerivableCells {

    private static final long P = (1L << 61) - 1;
    private static final long SEED = 0x5eed_11_2026L;

    private DerivableCells() {}

    /** The withheld cells that can be worked out, in the cells' order. */
    static int[] find(AdditivityLines lines, boolean[] withheld) {
        int[] column = new int[lines.cellCount()];
        Arrays.fill(column, -1);
        List<Integer> unknowns = new ArrayList<>();
        for (int cell = 0; cell < column.length; cell++) {
            if (withheld[cell]) {
                column[cell] = unknowns.size();
                unknowns.add(cell);
            }
        }
        // Equations: the lines with a withheld cell, restricted to their withheld cells.
        List<int[]> rows = new ArrayList<>();
        List<long[]> coefficients = new ArrayList<>();
        for (int l = 0; l < lines.lineCount(); l++) {
            int[] line = lines.line(l);
            int n = 0;
            for (int cell : line) {
                n += withheld[cell] ? 1 : 0;
            }
            if (n == 0) {
                continue;
            }
            int[] row = new int[n];
            long[] values = new long[n];
            int i = 0;
            for (int position = 0; position < line.length; position++) {
                if (withheld[line[position]]) {
                    row[i] = column[line[position]];
                    values[i++] = position == 0 ? 1 : P - 1;
                }
            }
            rows.add(row);
            coefficients.add(values);
        }

        // Connected unknowns are solved together; unconnected groups are independent and much smaller.
        int[] group = components(unknowns.size(), rows);
        List<List<Integer>> rowsOfGroup = new ArrayList<>();
        for (int u = 0; u < unknowns.size(); u++) {
            rowsOfGroup.add(null);
        }
        for (int r = 0; r < rows.size(); r++) {
            int g = group[rows.get(r)[0]];
            if (rowsOfGroup.get(g) == null) {
                rowsOfGroup.set(g, new ArrayList<>());
            }
            rowsOfGroup.get(g).add(r);
        }
        List<List<Integer>> columnsOfGroup = new ArrayList<>();
        int[] local = new int[unknowns.size()];
        for (int u = 0; u < unknowns.size(); u++) {
            columnsOfGroup.add(null);
            if (columnsOfGroup.get(group[u]) == null) {
                columnsOfGroup.set(group[u], new ArrayList<>());
            }
            local[u] = columnsOfGroup.get(group[u]).size();
            columnsOfGroup.get(group[u]).add(u);
        }
        boolean[] derivable = new boolean[unknowns.size()];
        for (int g = 0; g < unknowns.size(); g++) {
            List<Integer> groupRows = rowsOfGroup.get(g);
            if (groupRows == null) {
                continue;
            }
            List<Integer> groupColumns = columnsOfGroup.get(g);
            List<int[]> groupRowColumns = new ArrayList<>();
            List<long[]> groupRowValues = new ArrayList<>();
            for (int r : groupRows) {
                int[] row = rows.get(r).clone();
                for (int i = 0; i < row.length; i++) {
                    row[i] = local[row[i]];
                }
                groupRowColumns.add(row);
                groupRowValues.add(coefficients.get(r));
            }
            boolean[] found = solve(groupColumns.size(), groupRowColumns, groupRowValues);
            for (int c = 0; c < found.length; c++) {
                derivable[groupColumns.get(c)] = found[c];
            }
        }
        return java.util.stream.IntStream.range(0, unknowns.size())
                .filter(u -> derivable[u])
                .map(unknowns::get)
                .toArray();
    }

    private static int[] components(int size, List<int[]> rows) {
        int[] parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
        for (int[] row : rows) {
            for (int i = 1; i < row.length; i++) {
                int a = root(parent, row[0]);
                int b = root(parent, row[i]);
                if (a != b) {
                    parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        for (int i = 0; i < size; i++) {
            parent[i] = root(parent, i);
        }
        return parent;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** For each of the group's unknowns, whether the equations fix its value. */
    private static boolean[] solve(int size, List<int[]> rowColumns, List<long[]> rowValues) {
        int[] columnCount = new int[size];
        for (int[] row : rowColumns) {
            for (int c : row) {
                columnCount[c]++;
            }
        }
        // Short equations first and pivots on the least shared unknown keep the echelon rows sparse.
        Integer[] order = new Integer[rowColumns.size()];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        Arrays.sort(
                order,
                (a, b) -> rowColumns.get(a).length != rowColumns.get(b).length
                        ? Integer.compare(rowColumns.get(a).length, rowColumns.get(b).length)
                        : Integer.compare(a, b));

        int[] rank = new int[size];
        Arrays.fill(rank, -1);
        List<int[]> basisColumns = new ArrayList<>();
        List<long[]> basisValues = new ArrayList<>();
        List<Integer> pivots = new ArrayList<>();
        long[] dense = new long[size];
        boolean[] touched = new boolean[size];
        boolean[] queued = new boolean[size];
        int[] touchedList = new int[size];
        PriorityQueue<Integer> pending = new PriorityQueue<>();

        for (int r : order) {
            int touchedCount = 0;
            int[] columns = rowColumns.get(r);
            long[] values = rowValues.get(r);
            for (int i = 0; i < columns.length; i++) {
                int c = columns[i];
                dense[c] = values[i];
                touched[c] = true;
                touchedList[touchedCount++] = c;
                if (rank[c] >= 0) {
                    queued[c] = true;
                    pending.add(rank[c]);
                }
            }
            while (!pending.isEmpty()) {
                int k = pending.poll();
                int pivot = pivots.get(k);
                queued[pivot] = false;
                long factor = dense[pivot];
                if (factor == 0) {
                    continue;
                }
                int[] basisRow = basisColumns.get(k);
                long[] basisRowValues = basisValues.get(k);
                for (int i = 0; i < basisRow.length; i++) {
                    int c = basisRow[i];
                    dense[c] = subtract(dense[c], multiply(factor, basisRowValues[i]));
                    if (!touched[c]) {
                        touched[c] = true;
                        touchedList[touchedCount++] = c;
                    }
                    if (dense[c] != 0 && rank[c] >= 0 && !queued[c]) {
                        queued[c] = true;
                        pending.add(rank[c]);
                    }
                }
            }
            int pivot = -1;
            int nonZero = 0;
            for (int t = 0; t < touchedCount; t++) {
                int c = touchedList[t];
                if (dense[c] != 0) {
                    nonZero++;
                    if (pivot < 0
                            || columnCount[c] < columnCount[pivot]
                            || (columnCount[c] == columnCount[pivot] && c < pivot)) {
                        pivot = c;
                    }
                }
            }
            if (pivot >= 0) {
                long inverse = inverse(dense[pivot]);
                int[] basisRow = new int[nonZero];
                long[] basisRowValues = new long[nonZero];
                int i = 0;
                for (int t = 0; t < touchedCount; t++) {
                    int c = touchedList[t];
                    if (dense[c] != 0) {
                        basisRow[i] = c;
                        basisRowValues[i++] = multiply(dense[c], inverse);
                    }
                }
                rank[pivot] = pivots.size();
                pivots.add(pivot);
                basisColumns.add(basisRow);
                basisValues.add(basisRowValues);
            }
            for (int t = 0; t < touchedCount; t++) {
                dense[touchedList[t]] = 0;
                touched[touchedList[t]] = false;
            }
        }

        // One random vector of the null space: free unknowns random, the others solved from the last pivot back.
        SplittableRandom random = new SplittableRandom(SEED);
        long[] x = new long[size];
        for (int c = 0; c < size; c++) {
            if (rank[c] < 0) {
                x[c] = 1 + random.nextLong(P - 1);
            }
        }
        for (int k = pivots.size() - 1; k >= 0; k--) {
            int pivot = pivots.get(k);
            int[] basisRow = basisColumns.get(k);
            long[] basisRowValues = basisValues.get(k);
            long sum = 0;
            for (int i = 0; i < basisRow.length; i++) {
                if (basisRow[i] != pivot) {
                    sum = add(sum, multiply(basisRowValues[i], x[basisRow[i]]));
                }
            }
            x[pivot] = sum == 0 ? 0 : P - sum;
        }
        boolean[] derivable = new boolean[size];
        for (int c = 0; c < size; c++) {
            derivable[c] = rank[c] >= 0 && x[c] == 0;
        }
        return derivable;
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum >= P ? sum - P : sum;
    }

    private static long subtract(long a, long b) {
        long difference = a - b;
        return difference < 0 ? difference + P : difference;
    }

    static long multiply(long a, long b) {
        long low = a * b;
        long high = Math.multiplyHigh(a, b);
        // a·b = high·2^64 + low, and 2^64 ≡ 8 (mod 2^61 − 1).
        long folded = ((high << 3) | (low >>> 61)) + (low & P);
        folded = (folded & P) + (folded >>> 61);
        return folded >= P ? folded - P : folded;
    }

    private static long inverse(long a) {
        long result = 1;
        long base = a;
        for (long exponent = P - 2; exponent > 0; exponent >>= 1) {
            if ((exponent & 1) == 1) {
                result = multiply(result, base);
            }
            base = multiply(base, base);
        }
        return result;
    }
}
