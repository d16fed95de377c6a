package org.protego.hashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class PdqIndexTest {

    private static final PdqHash HASH =
            PdqHash.fromHex("f8f8f0cee0f4e0e0c0c0e0f0f0f8fcfcf8f0e0c0c0e0f0f8fcf0e0c0808080c0");

    @Test
    void findsAnExactCopyAtDistanceZero() {
        PdqIndex index = new PdqIndex();
        index.add(7, HASH);
        index.add(8, flip(HASH, 0));

        assertThat(index.search(HASH, 0)).containsExactly(new PdqMatch(7, 0));
    }

    @Test
    void findsAHashThirtyOneBitsAwayButNotOneThirtyTwoAway() {
        PdqIndex index = new PdqIndex();
        // Two flipped bits in every slot but one is the hardest spread for the probes: no slot matches exactly.
        PdqHash thirtyOneAway = flip(HASH, spreadBits(31));
        PdqHash thirtyTwoAway = flip(HASH, spreadBits(32));
        index.add(1, thirtyOneAway);
        index.add(2, thirtyTwoAway);

        assertThat(thirtyOneAway.distanceTo(HASH)).isEqualTo(31);
        assertThat(thirtyTwoAway.distanceTo(HASH)).isEqualTo(32);
        assertThat(index.search(HASH, 31)).containsExactly(new PdqMatch(1, 31));
        assertThat(index.search(HASH, 30)).isEmpty();
    }

    @Test
    void findsEvenlySpreadFlipsAtEveryRadiusUpToThirtyOne() {
        // Spread flips leave every slot, and every pair of slots, as far from the query as the distance allows,
        // which is where the probe radius and the partner limits must be exactly right.
        for (int radius = 0; radius <= PdqIndex.MAX_PROBED_DISTANCE; radius++) {
            PdqIndex index = PdqIndex.build(new long[] {1}, new PdqHash[] {flip(HASH, spreadBits(radius))});

            assertThat(index.search(HASH, radius)).as("radius %d", radius).containsExactly(new PdqMatch(1, radius));
            if (radius > 0) {
                assertThat(index.search(HASH, radius - 1))
                        .as("radius %d", radius - 1)
                        .isEmpty();
            }
        }
    }

    @Test
    void findsAHashWhoseFlippedBitsAllFallInOneSlot() {
        PdqIndex index = PdqIndex.build(new long[] {1}, new PdqHash[] {flip(HASH, 16, 17, 18, 19, 20, 21, 22, 23)});

        assertThat(index.search(HASH, 8)).containsExactly(new PdqMatch(1, 8));
        assertThat(index.search(HASH, 7)).isEmpty();
    }

    @Test
    void removalTakesEffectAtOnce() {
        PdqIndex index = new PdqIndex();
        index.add(1, HASH);
        index.add(2, flip(HASH, 3, 99));

        assertThat(index.remove(1)).isTrue();

        assertThat(index.search(HASH, 31)).containsExactly(new PdqMatch(2, 2));
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.remove(1)).isFalse();
    }

    @Test
    void removalFromABulkBuiltIndexTakesEffectAtOnce() {
        PdqIndex index = PdqIndex.build(new long[] {1, 2}, new PdqHash[] {HASH, flip(HASH, 200)});

        index.remove(2);

        assertThat(index.search(HASH, 31)).containsExactly(new PdqMatch(1, 0));
    }

    @Test
    void addingAnIdAgainReplacesItsHash() {
        PdqIndex index = new PdqIndex();
        PdqHash other = flip(HASH, spreadBits(40));
        index.add(5, HASH);

        index.add(5, other);

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.search(HASH, 31)).isEmpty();
        assertThat(index.search(other, 0)).containsExactly(new PdqMatch(5, 0));
    }

    @Test
    void bulkBuildKeepsTheLastHashOfARepeatedId() {
        PdqHash other = flip(HASH, spreadBits(40));

        PdqIndex index = PdqIndex.build(new long[] {5, 6, 5}, new PdqHash[] {HASH, HASH, other});

        assertThat(index.size()).isEqualTo(2);
        assertThat(index.search(HASH, 0)).containsExactly(new PdqMatch(6, 0));
        assertThat(index.search(other, 0)).containsExactly(new PdqMatch(5, 0));
    }

    @Test
    void ordersMatchesByDistanceThenEntryId() {
        PdqIndex index = new PdqIndex();
        index.add(30, flip(HASH, 1, 2));
        index.add(20, flip(HASH, 5));
        index.add(10, flip(HASH, 9, 10));
        index.add(40, HASH);

        assertThat(index.search(HASH, 31))
                .containsExactly(new PdqMatch(40, 0), new PdqMatch(20, 1), new PdqMatch(10, 2), new PdqMatch(30, 2));
    }

    @Test
    void radiiAboveThirtyOneScanEveryEntry() {
        PdqIndex index = new PdqIndex();
        index.add(1, flip(HASH, spreadBits(32)));
        index.add(2, flip(HASH, spreadBits(64)));
        index.add(3, flip(HASH, spreadBits(65)));

        assertThat(index.search(HASH, 64)).containsExactly(new PdqMatch(1, 32), new PdqMatch(2, 64));
        assertThat(index.search(HASH, 256)).hasSize(3);
    }

    @Test
    void refusesANegativeRadius() {
        PdqIndex index = new PdqIndex();

        assertThatThrownBy(() -> index.search(HASH, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMismatchedBulkArrays() {
        assertThatThrownBy(() -> PdqIndex.build(new long[] {1, 2}, new long[4]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void estimatesItsMemoryFromItsArrays() {
        int count = 100_000;
        SplittableRandom random = new SplittableRandom(3);
        long[] ids = new long[count];
        long[] words = new long[count * 4];
        for (int i = 0; i < count; i++) {
            ids[i] = i;
            for (int w = 0; w < 4; w++) {
                words[i * 4 + w] = random.nextLong();
            }
        }

        long bytes = PdqIndex.build(ids, words).memoryBytes();

        // At least the hashes, ids and sixteen six-byte postings an entry; at most that plus the per-slot offsets
        // tables, bucket padding and a half-empty id table.
        long floor = count * (32L + 8 + 16 * 6);
        assertThat(bytes).isBetween(floor, floor + 16L * (65_537 * 4 + 65_536 * 24) + count * 8L);
        assertThat(new PdqIndex().memoryBytes()).isLessThan(1_000);
    }

    @Test
    void answersExactlyAfterEnoughAddsAndRemovalsToCompactWithTheDefaultLimits() {
        SplittableRandom random = new SplittableRandom(5);
        Map<Long, PdqHash> entries = new HashMap<>();
        PdqIndex index = new PdqIndex();
        for (long id = 0; id < 70_000; id++) {
            PdqHash hash = id % 2 == 0 || entries.isEmpty()
                    ? new PdqHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong())
                    : flip(entries.get(id - 1), random.nextInt(256), random.nextInt(256), random.nextInt(256));
            index.add(id, hash);
            entries.put(id, hash);
        }
        for (long id = 0; id < 70_000; id += 3) {
            index.remove(id);
            entries.remove(id);
        }

        assertThat(index.size()).isEqualTo(entries.size());
        List<PdqHash> hashes = new ArrayList<>(entries.values());
        for (int q = 0; q < 50; q++) {
            PdqHash query = flip(hashes.get(random.nextInt(hashes.size())), random.nextInt(256), random.nextInt(256));
            List<PdqMatch> expected = new ArrayList<>();
            entries.forEach((id, hash) -> {
                if (hash.distanceTo(query) <= 31) {
                    expected.add(new PdqMatch(id, hash.distanceTo(query)));
                }
            });
            expected.sort(Comparator.comparingInt(PdqMatch::distance).thenComparingLong(PdqMatch::entryId));
            assertThat(index.search(query, 31)).isEqualTo(expected);
        }
    }

    @Test
    void searchesSeeACompleteIndexWhileAnotherThreadWrites() throws Exception {
        PdqIndex index = new PdqIndex(64);
        index.add(-1, HASH);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Future<?> writer = threads.submit(() -> {
                SplittableRandom random = new SplittableRandom(11);
                for (int i = 0; i < 20_000; i++) {
                    index.add(i % 500, flip(HASH, random.nextInt(256), random.nextInt(256), random.nextInt(256)));
                    if (i % 3 == 0) {
                        index.remove(random.nextInt(500));
                    }
                }
                writing.set(false);
            });
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(threads.submit(() -> {
                    int searches = 0;
                    while (writing.get()) {
                        assertThat(index.search(HASH, 0)).contains(new PdqMatch(-1, 0));
                        searches++;
                    }
                    return searches;
                }));
            }
            writer.get(60, TimeUnit.SECONDS);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    // Bit indexes that spread the flips evenly over the 16 slots, two or more to a slot once there are 32.
    static int[] spreadBits(int count) {
        int[] bits = new int[count];
        for (int i = 0; i < count; i++) {
            bits[i] = (i % 16) * 16 + i / 16;
        }
        return bits;
    }

    static PdqHash flip(PdqHash hash, int... bits) {
        long[] words = {hash.bits0(), hash.bits64(), hash.bits128(), hash.bits192()};
        for (int bit : bits) {
            words[bit >>> 6] ^= 1L << bit;
        }
        return new PdqHash(words[0], words[1], words[2], words[3]);
    }
}
