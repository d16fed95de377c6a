package org.protego.hashes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PdqIndexPropertiesTest {

    private static final Comparator<PdqMatch> ORDER =
            Comparator.comparingInt(PdqMatch::distance).thenComparingLong(PdqMatch::entryId);

    // Random hashes sit about 128 bits apart, so they test the filters' rejections; clusters put many entries within
    // the radius and share slot values; sparse hashes, one bit in eight set, crowd distances around 31 and fill a few
    // buckets heavily, which tests the limits of every probe.
    enum Shape {
        RANDOM,
        CLUSTERED,
        SPARSE
    }

    enum Kind {
        ADD_RANDOM,
        ADD_NEAR,
        REMOVE,
        SEARCH_NEAR,
        SEARCH_RANDOM
    }

    record Operation(Kind kind, int id, int source, int flips, long seed, int radius) {}

    @Property(tries = 60)
    void searchEqualsABruteForceScanOfBulkBuiltData(
            @ForAll long seed, @ForAll Shape shape, @ForAll @IntRange(min = 0, max = 31) int radius) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<Long, PdqHash> entries = new TreeMap<>();
        for (long id = 0; id < 1_500; id++) {
            entries.put(id * 7 - 100, hash(shape, entries, random));
        }
        PdqIndex index = PdqIndex.build(
                entries.keySet().stream().mapToLong(Long::longValue).toArray(),
                entries.values().toArray(PdqHash[]::new));
        List<PdqHash> hashes = new ArrayList<>(entries.values());

        for (int q = 0; q < 40; q++) {
            PdqHash query = q % 4 == 3
                    ? hash(shape, Map.of(), random)
                    : flipRandomBits(hashes.get(random.nextInt(hashes.size())), random.nextInt(radius + 3), random);
            assertThat(index.search(query, radius)).isEqualTo(bruteForce(entries, query, radius));
        }
    }

    @Property(tries = 80)
    void searchEqualsABruteForceScanAcrossInterleavedAddsAndRemovals(
            @ForAll Shape shape,
            @ForAll @IntRange(min = 0, max = 300) int bulkEntries,
            @ForAll("operations") List<Operation> operations) {
        SplittableRandom random = new SplittableRandom(bulkEntries);
        Map<Long, PdqHash> model = new TreeMap<>();
        for (long id = 1_000; id < 1_000 + bulkEntries; id++) {
            model.put(id, hash(shape, model, random));
        }
        // A small slack makes the index compact every few dozen operations, so searches meet the base lists, the
        // delta and the tombstones in every mix.
        PdqIndex index = PdqIndex.build(
                model.keySet().stream().mapToLong(Long::longValue).toArray(), words(model.values()), 16);

        for (Operation operation : operations) {
            SplittableRandom opRandom = new SplittableRandom(operation.seed());
            List<PdqHash> present = new ArrayList<>(model.values());
            PdqHash near = present.isEmpty()
                    ? hash(shape, Map.of(), opRandom)
                    : flipRandomBits(present.get(operation.source() % present.size()), operation.flips(), opRandom);
            switch (operation.kind()) {
                case ADD_RANDOM -> {
                    PdqHash hash = hash(shape, Map.of(), opRandom);
                    index.add(operation.id(), hash);
                    model.put((long) operation.id(), hash);
                }
                case ADD_NEAR -> {
                    index.add(operation.id(), near);
                    model.put((long) operation.id(), near);
                }
                case REMOVE ->
                    assertThat(index.remove(operation.id())).isEqualTo(model.remove((long) operation.id()) != null);
                case SEARCH_NEAR ->
                    assertThat(index.search(near, operation.radius()))
                            .isEqualTo(bruteForce(model, near, operation.radius()));
                case SEARCH_RANDOM -> {
                    PdqHash query = hash(shape, Map.of(), opRandom);
                    assertThat(index.search(query, operation.radius()))
                            .isEqualTo(bruteForce(model, query, operation.radius()));
                }
            }
            assertThat(index.size()).isEqualTo(model.size());
        }
        for (PdqHash hash : model.values()) {
            assertThat(index.search(hash, 31)).isEqualTo(bruteForce(model, hash, 31));
        }
    }

    @Property(tries = 200)
    void findsAHashWhateverSetOfAtMostRadiusBitsDiffers(
            @ForAll long seed, @ForAll("flippedBits") Set<Integer> flippedBits) {
        SplittableRandom random = new SplittableRandom(seed);
        PdqHash stored = hash(Shape.RANDOM, Map.of(), random);
        int[] bits = flippedBits.stream().mapToInt(Integer::intValue).toArray();
        PdqHash query = PdqIndexTest.flip(stored, bits);
        PdqIndex index =
                PdqIndex.build(new long[] {1, 2}, new PdqHash[] {stored, hash(Shape.RANDOM, Map.of(), random)});

        assertThat(index.search(query, bits.length)).contains(new PdqMatch(1, bits.length));
        if (bits.length > 0) {
            assertThat(index.search(query, bits.length - 1))
                    .extracting(PdqMatch::entryId)
                    .doesNotContain(1L);
        }
    }

    // Bits anywhere, or a chosen number of bits in each slot: the spread a pigeonhole argument has to survive.
    @Provide
    Arbitrary<Set<Integer>> flippedBits() {
        Arbitrary<Set<Integer>> anywhere =
                Arbitraries.integers().between(0, 255).set().ofMaxSize(31);
        Arbitrary<Set<Integer>> bySlot = Combinators.combine(
                        Arbitraries.integers()
                                .between(0, 3)
                                .list()
                                .ofSize(16)
                                .filter(counts -> counts.stream()
                                                .mapToInt(Integer::intValue)
                                                .sum()
                                        <= 31),
                        Arbitraries.longs())
                .as((counts, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    Set<Integer> bits = new TreeSet<>();
                    for (int slot = 0; slot < 16; slot++) {
                        int wanted = bits.size() + counts.get(slot);
                        while (bits.size() < wanted) {
                            bits.add(slot * 16 + random.nextInt(16));
                        }
                    }
                    return bits;
                });
        return Arbitraries.oneOf(anywhere, bySlot);
    }

    @Provide
    Arbitrary<List<Operation>> operations() {
        Arbitrary<Operation> operation = Combinators.combine(
                        Arbitraries.of(Kind.class),
                        Arbitraries.integers().between(0, 60),
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 40),
                        Arbitraries.longs(),
                        Arbitraries.integers().between(0, 31))
                .as(Operation::new);
        return operation.list().ofMaxSize(150);
    }

    private static PdqHash hash(Shape shape, Map<Long, PdqHash> existing, SplittableRandom random) {
        return switch (shape) {
            case RANDOM -> new PdqHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
            case SPARSE -> new PdqHash(sparse(random), sparse(random), sparse(random), sparse(random));
            case CLUSTERED -> {
                if (existing.isEmpty() || random.nextInt(4) == 0) {
                    yield hash(Shape.RANDOM, existing, random);
                }
                List<PdqHash> hashes = new ArrayList<>(existing.values());
                yield flipRandomBits(hashes.get(random.nextInt(hashes.size())), 1 + random.nextInt(12), random);
            }
        };
    }

    private static long sparse(SplittableRandom random) {
        return random.nextLong() & random.nextLong() & random.nextLong();
    }

    private static PdqHash flipRandomBits(PdqHash hash, int count, SplittableRandom random) {
        int[] bits = new int[count];
        for (int i = 0; i < count; i++) {
            bits[i] = random.nextInt(256);
        }
        return PdqIndexTest.flip(hash, bits);
    }

    private static long[] words(Iterable<PdqHash> hashes) {
        List<Long> words = new ArrayList<>();
        for (PdqHash hash : hashes) {
            for (int w = 0; w < 4; w++) {
                words.add(hash.word(w));
            }
        }
        return words.stream().mapToLong(Long::longValue).toArray();
    }

    private static List<PdqMatch> bruteForce(Map<Long, PdqHash> entries, PdqHash query, int radius) {
        List<PdqMatch> matches = new ArrayList<>();
        entries.forEach((id, hash) -> {
            int distance = hash.distanceTo(query);
            if (distance <= radius) {
                matches.add(new PdqMatch(id, distance));
            }
        });
        matches.sort(ORDER);
        return matches;
    }
}
