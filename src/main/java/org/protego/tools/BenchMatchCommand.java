package org.protego.tools;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.protego.hashes.PdqHash;
import org.protego.hashes.PdqIndex;
import org.protego.hashes.PdqMatch;

/**
 * The {@code bench-match} command: builds a {@link PdqIndex} of synthetic hashes, times single-thread searches
 * against a brute-force scan, checks every answer against that scan, and prints one JSON line of figures.
 *
 * <p>Half the hashes are uniformly random; the other half come in clusters of near-duplicates, each member a random
 * centre with a few bits flipped, as re-encoded copies of one image would be. Entries are shuffled so that a
 * cluster's members do not sit together in memory. Four queries in five are a list member with 0 to radius random
 * bits flipped, the rest uniformly random. Timing starts after an untimed warm-up on other queries, so that the
 * figures measure compiled code, and the index's queries repeat in rounds for at least a second. Every figure is
 * single-threaded.
 */
final class BenchMatchCommand {

    static final String USAGE = "Usage: bench-match --hashes N --queries Q --radius R [--seed S]";

    private static final int CLUSTER_SIZE = 8;
    private static final int MAX_CLUSTER_FLIPS = 8;
    private static final int NEAR_QUERIES_IN_FIVE = 4;
    private static final int WARM_UP_QUERIES = 2_000;
    private static final long MIH_TIMING_NANOS = 1_000_000_000L;
    private static final int MAX_RADIUS = PdqHash.BITS;

    private BenchMatchCommand() {}

    /** Runs the benchmark and returns the exit status: 0 when every answer equals the brute-force scan's. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        SplittableRandom random = new SplittableRandom(settings.seed());
        long[] words = syntheticHashes(settings.hashes(), random);
        List<PdqHash> warmUp = queries(words, WARM_UP_QUERIES, settings.radius(), random);
        List<PdqHash> queries = queries(words, settings.queries(), settings.radius(), random);

        long buildStart = System.nanoTime();
        PdqIndex index = PdqIndex.build(sequentialIds(settings.hashes()), words);
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;

        for (PdqHash query : warmUp) {
            index.search(query, settings.radius());
        }
        List<List<PdqMatch>> answers = new ArrayList<>(queries.size());
        long mihStart = System.nanoTime();
        for (PdqHash query : queries) {
            answers.add(index.search(query, settings.radius()));
        }
        long mihSearches = queries.size();
        // Further rounds over the same queries until a second has passed, so that a moment's interference from
        // other processes on the machine weighs little in the figure.
        while (System.nanoTime() - mihStart < MIH_TIMING_NANOS) {
            for (PdqHash query : queries) {
                index.search(query, settings.radius());
            }
            mihSearches += queries.size();
        }
        double mihSeconds = (System.nanoTime() - mihStart) / 1e9;

        long expectedMatches = 0;
        long foundMatches = 0;
        int wrongAnswers = 0;
        long bruteNanos = 0;
        for (int q = 0; q < queries.size(); q++) {
            long bruteStart = System.nanoTime();
            List<PdqMatch> expected = bruteForce(words, queries.get(q), settings.radius());
            bruteNanos += System.nanoTime() - bruteStart;
            List<PdqMatch> actual = answers.get(q);
            Set<PdqMatch> found = new HashSet<>(actual);
            expectedMatches += expected.size();
            foundMatches += expected.stream().filter(found::contains).count();
            if (!expected.equals(actual)) {
                wrongAnswers++;
            }
        }
        double recall = expectedMatches == 0 ? 1.0 : (double) foundMatches / expectedMatches;

        out.println(String.format(
                Locale.ROOT,
                "{\"hashes\":%d,\"queries\":%d,\"radius\":%d,\"index_build_seconds\":%.3f,\"index_bytes\":%d,"
                        + "\"mih_queries_per_second\":%.1f,\"brute_queries_per_second\":%.1f,\"recall\":%s}",
                settings.hashes(),
                settings.queries(),
                settings.radius(),
                buildSeconds,
                index.memoryBytes(),
                mihSearches / mihSeconds,
                queries.size() / (bruteNanos / 1e9),
                recall));
        if (wrongAnswers > 0) {
            err.println(wrongAnswers + " of " + queries.size() + " answers differ from the brute-force scan");
            return 1;
        }
        return 0;
    }

    // Half uniformly random, half clusters of near-duplicates, then shuffled; four words an entry.
    static long[] syntheticHashes(int count, SplittableRandom random) {
        long[] words = new long[count * 4];
        int clustered = count / 2;
        int position = 0;
        for (; position < count - clustered; position++) {
            for (int w = 0; w < 4; w++) {
                words[position * 4 + w] = random.nextLong();
            }
        }
        long[] centre = new long[4];
        while (position < count) {
            for (int w = 0; w < 4; w++) {
                centre[w] = random.nextLong();
            }
            for (int member = 0; member < CLUSTER_SIZE && position < count; member++, position++) {
                System.arraycopy(centre, 0, words, position * 4, 4);
                flipBits(words, position, 1 + random.nextInt(MAX_CLUSTER_FLIPS), random);
            }
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            for (int w = 0; w < 4; w++) {
                long swap = words[i * 4 + w];
                words[i * 4 + w] = words[j * 4 + w];
                words[j * 4 + w] = swap;
            }
        }
        return words;
    }

    private static List<PdqHash> queries(long[] words, int count, int radius, SplittableRandom random) {
        int hashes = words.length / 4;
        List<PdqHash> queries = new ArrayList<>(count);
        long[] query = new long[4];
        for (int q = 0; q < count; q++) {
            if (random.nextInt(5) < NEAR_QUERIES_IN_FIVE) {
                System.arraycopy(words, random.nextInt(hashes) * 4, query, 0, 4);
                flipBits(query, 0, random.nextInt(radius + 1), random);
            } else {
                for (int w = 0; w < 4; w++) {
                    query[w] = random.nextLong();
                }
            }
            queries.add(new PdqHash(query[0], query[1], query[2], query[3]));
        }
        return queries;
    }

    // Flips that many distinct random bits of the hash at the position.
    private static void flipBits(long[] words, int position, int flips, SplittableRandom random) {
        long[] flipped = new long[4];
        for (int done = 0; done < flips; ) {
            int bit = random.nextInt(PdqHash.BITS);
            if ((flipped[bit >>> 6] & 1L << bit) == 0) {
                flipped[bit >>> 6] |= 1L << bit;
                done++;
            }
        }
        for (int w = 0; w < 4; w++) {
            words[position * 4 + w] ^= flipped[w];
        }
    }

    // Entry ids 1 to count, in position order, as database ids would be.
    private static long[] sequentialIds(int count) {
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = i + 1L;
        }
        return ids;
    }

    private static List<PdqMatch> bruteForce(long[] words, PdqHash query, int radius) {
        long q0 = query.bits0();
        long q1 = query.bits64();
        long q2 = query.bits128();
        long q3 = query.bits192();
        List<PdqMatch> matches = new ArrayList<>();
        for (int position = 0, end = words.length / 4; position < end; position++) {
            int base = position * 4;
            int distance = Long.bitCount(words[base] ^ q0)
                    + Long.bitCount(words[base + 1] ^ q1)
                    + Long.bitCount(words[base + 2] ^ q2)
                    + Long.bitCount(words[base + 3] ^ q3);
            if (distance <= radius) {
                matches.add(new PdqMatch(position + 1L, distance));
            }
        }
        matches.sort((a, b) -> a.distance() != b.distance()
                ? Integer.compare(a.distance(), b.distance())
                : Long.compare(a.entryId(), b.entryId()));
        return matches;
    }

    private record Settings(int hashes, int queries, int radius, long seed) {

        static Settings parse(List<String> args) {
            int hashes = -1;
            int queries = 1_000;
            int radius = PdqIndex.MAX_PROBED_DISTANCE;
            long seed = 1;
            // The application's dispatcher may pass the command's own name first.
            int i = !args.isEmpty() && args.get(0).equals("bench-match") ? 1 : 0;
            for (; i < args.size(); i += 2) {
                String option = args.get(i);
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("Missing value after " + option);
                }
                String value = args.get(i + 1);
                switch (option) {
                    case "--hashes" -> hashes = number(option, value, 1, (Integer.MAX_VALUE - 64) / 4);
                    case "--queries" -> queries = number(option, value, 1, 10_000_000);
                    case "--radius" -> radius = number(option, value, 0, MAX_RADIUS);
                    case "--seed" -> seed = seed(value);
                    default -> throw new IllegalArgumentException("Unknown option " + option);
                }
            }
            if (hashes < 0) {
                throw new IllegalArgumentException("--hashes is required");
            }
            return new Settings(hashes, queries, radius, seed);
        }

        private static int number(String option, String value, int min, int max) {
            try {
                int number = Integer.parseInt(value.replace("_", ""));
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // Reported below with the range, like a number out of range.
            }
            throw new IllegalArgumentException(option + " takes a whole number from " + min + " to " + max);
        }

        private static long seed(String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--seed takes a whole number", e);
            }
        }
    }
}
