package org.protego.hashes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;

/**
 * An exact, in-memory multi-index hashing (MIH) index of PDQ hashes: a search returns exactly what a brute-force scan
 * of every entry would.
 *
 * <p><b>Why the probes are exact.</b> The 256 bits are cut into 16 slots of 16 bits, slot {@code s} holding bits
 * {@code 16s} to {@code 16s + 15}, and the slots are paired ({@code 2k} with {@code 2k + 1}) into 8 pairs of 32 bits.
 * If a hash lies within {@code r} bits of the query, the 8 pair distances sum to at most {@code r}, so some pair
 * differs in at most {@code R = floor(r / 8)} bits; within that pair one slot differs in at most {@code floor(R / 2)
 * = floor(r / 16)} bits (0 or 1 for {@code r <= 31}) and its partner in at most {@code R} minus that. A search
 * therefore looks up, in every slot, the query's slot value and, when {@code r >= 16}, its 16 one-bit neighbours
 * (the 272 probes of plain MIH), and keeps from each bucket only the entries whose partner slot is close enough. Plain
 * MIH would check the full 256 bits of every entry in those buckets, some 40,000 random memory reads a query at ten
 * million hashes; with the partner's 16 bits stored in the posting, the filter reads the buckets in order and only
 * about 140 candidates are left to check. Radii above {@link #MAX_PROBED_DISTANCE}, beyond the thresholds PDQ
 * matching uses, scan every entry instead: still exact, without probes that flip two or more bits.
 *
 * <p><b>Layout.</b> Entries live at positions: their hashes in one {@code long[]}, four words a position, their ids
 * in another, and an open-addressing table of positions finds an id's position. Each slot has a compressed (CSR)
 * posting list built in bulk: an offsets table of 65,537 ints indexed by slot value and one {@code long[]} holding,
 * bucket after bucket, the partner values (four 16-bit lanes a long) and then the positions (two a long), six bytes a
 * posting. Entries added since that build go to a small delta: per slot, buckets of longs packing slot value, partner
 * value and position. A removal sets the position's bit in a tombstone bitset, which searches check. When the delta
 * outgrows a sixteenth of the base, or tombstones reach a quarter of the positions, the index compacts in place: live
 * entries move down over removed ones and the id table and posting lists are rebuilt, a few seconds at ten million.
 *
 * <p><b>Concurrency.</b> A {@link ReentrantReadWriteLock} lets any number of searches run together while adds and
 * removals take turns alone. A {@link java.util.concurrent.locks.StampedLock} optimistic read was not chosen: a search
 * reads hundreds of array ranges that a concurrent write may grow or a compaction replace, so it would have to guard
 * every read against torn state and then validate, while a shared read lock costs one atomic update against a search
 * of tens of microseconds. A compaction holds the write lock, so searches wait for it.
 */
public final class PdqIndex {

    /** The largest search radius the slot probes answer; larger radii scan every entry, with the same results. */
    public static final int MAX_PROBED_DISTANCE = 31;

    private static final int SLOTS = 16;
    private static final int WORDS = 4;
    private static final int SLOT_VALUES = 1 << 16;
    private static final int SLOT_MASK = 0xFFFF;
    private static final int RUNS = 256;
    private static final int DEFAULT_MINIMUM_SLACK = 1 << 16;
    private static final int MAXIMUM_POSITIONS = (Integer.MAX_VALUE - 64) / WORDS;
    private static final int PARALLEL_BUILD_THRESHOLD = 1 << 16;
    private static final long LANE_ONES = 0x0001000100010001L;
    private static final long LANE_BIT_4 = 0x0010001000100010L;
    private static final int LONGS_PER_CACHE_LINE = 8;
    private static final long DELTA_CANDIDATE = 1L << 62;
    private static final long ARRAY_HEADER_BYTES = 16;
    private static final long REFERENCE_BYTES = 4;
    private static final Comparator<PdqMatch> ORDER =
            Comparator.comparingInt(PdqMatch::distance).thenComparingLong(PdqMatch::entryId);

    // Shared by every empty slot until its first build; never written, and not counted as any index's memory.
    private static final int[] EMPTY_OFFSETS = new int[SLOT_VALUES + 1];

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final int minimumSlack;

    private long[] words = new long[0];
    private long[] ids = new long[0];
    private long[] removed = new long[0];
    private int count;
    private int live;

    // Open addressing with linear probing; a cell holds position + 1, 0 marks it empty, and the key is ids[position].
    private int[] table = new int[16];

    private int baseCount;
    // Per slot: offsets[s][v] is the first group of bucket v in postings[s]. A bucket's postings are padded to whole
    // groups of four; a bucket of g groups takes 3g longs: g longs of partner values, four 16-bit lanes to a long
    // (posting i in lane i % 4 of long i / 4), then 2g longs of positions, two to a long (posting i in the low half
    // of long i / 2 when i is even), -1 for padding. Keeping a bucket's positions right after its partner values puts
    // them on the same memory page as often as not, so reading a candidate's position seldom costs another walk of the
    // page tables.
    private final int[][] offsets = new int[SLOTS][];
    private final long[][] postings = new long[SLOTS][];

    private int deltaLimit;
    private int deltaMask;
    private long[][][] delta;
    private int[][] deltaSizes;

    // Written by searches and never read: see touchBuckets. Concurrent searches may overwrite it in any order.
    private long touched;

    /** Creates an empty index. */
    PdqIndex() {
        this(DEFAULT_MINIMUM_SLACK);
    }

    // Tests pass a small slack so that compactions happen every few operations.
    PdqIndex(int minimumSlack) {
        if (minimumSlack < 1) {
            throw new IllegalArgumentException("The minimum slack must be positive");
        }
        this.minimumSlack = minimumSlack;
        for (int s = 0; s < SLOTS; s++) {
            offsets[s] = EMPTY_OFFSETS;
            postings[s] = new long[0];
        }
        sizeDelta();
    }

    /**
     * Builds an index from entry ids and their hashes, four words an entry in {@link PdqHash#word(int)} order, sorting
     * all of them into the posting lists at once on every core; the arrays are copied, and a repeated id keeps its
     * last hash as with {@link #add}.
     */
    public static PdqIndex build(long[] ids, long[] words) {
        return build(ids, words, DEFAULT_MINIMUM_SLACK);
    }

    /** Builds an index from entry ids and the hashes at the same indexes. */
    static PdqIndex build(long[] ids, PdqHash[] hashes) {
        if (ids.length != hashes.length) {
            throw new IllegalArgumentException("There must be one hash for each id");
        }
        long[] words = new long[Math.multiplyExact(hashes.length, WORDS)];
        for (int i = 0; i < hashes.length; i++) {
            PdqHash hash = hashes[i];
            words[i * WORDS] = hash.bits0();
            words[i * WORDS + 1] = hash.bits64();
            words[i * WORDS + 2] = hash.bits128();
            words[i * WORDS + 3] = hash.bits192();
        }
        return assemble(ids.clone(), words, DEFAULT_MINIMUM_SLACK);
    }

    static PdqIndex build(long[] ids, long[] words, int minimumSlack) {
        return assemble(ids.clone(), words.clone(), minimumSlack);
    }

    // Takes the arrays over rather than copying them.
    private static PdqIndex assemble(long[] ids, long[] words, int minimumSlack) {
        if ((long) ids.length * WORDS != words.length) {
            throw new IllegalArgumentException("There must be four words for each id");
        }
        if (ids.length > MAXIMUM_POSITIONS) {
            throw new IllegalArgumentException("An index holds at most " + MAXIMUM_POSITIONS + " entries");
        }
        PdqIndex index = new PdqIndex(minimumSlack);
        // Built under the write lock so that whichever thread reads the index next sees it complete.
        index.lock.writeLock().lock();
        try {
            index.words = words;
            index.ids = ids;
            index.removed = new long[bitsetLength(ids.length)];
            index.count = ids.length;
            index.table = new int[tableCapacity(ids.length)];
            for (int position = 0; position < ids.length; position++) {
                int cell = index.cellOf(ids[position]);
                if (index.table[cell] != 0) {
                    index.markRemoved(index.table[cell] - 1);
                } else {
                    index.live++;
                }
                index.table[cell] = position + 1;
            }
            index.compact();
        } finally {
            index.lock.writeLock().unlock();
        }
        return index;
    }

    /** Adds an entry, or gives an entry already present its new hash. */
    void add(long entryId, PdqHash hash) {
        Objects.requireNonNull(hash, "hash");
        lock.writeLock().lock();
        try {
            if (count == MAXIMUM_POSITIONS) {
                compact();
                if (count == MAXIMUM_POSITIONS) {
                    throw new IllegalStateException("An index holds at most " + MAXIMUM_POSITIONS + " entries");
                }
            }
            int cell = cellOf(entryId);
            int previous = table[cell] - 1;
            if (previous >= 0) {
                if (sameHash(previous, hash)) {
                    return;
                }
                markRemoved(previous);
            }
            ensureCapacity(count + 1);
            int position = count++;
            int base = position * WORDS;
            words[base] = hash.bits0();
            words[base + 1] = hash.bits64();
            words[base + 2] = hash.bits128();
            words[base + 3] = hash.bits192();
            ids[position] = entryId;
            table[cell] = position + 1;
            if (previous < 0) {
                live++;
                if (tableCapacity(live) > table.length) {
                    rebuildTable();
                }
            }
            addToDelta(position);
            compactIfDue();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes an entry; searches started after this returns no longer find it. */
    boolean remove(long entryId) {
        lock.writeLock().lock();
        try {
            int cell = cellOf(entryId);
            if (table[cell] == 0) {
                return false;
            }
            markRemoved(table[cell] - 1);
            deleteCell(cell);
            live--;
            compactIfDue();
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The number of entries. */
    int size() {
        lock.readLock().lock();
        try {
            return live;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The entries whose hashes lie within {@code maxDistance} bits of the query, nearest first and, at equal
     * distance, by entry id.
     */
    public List<PdqMatch> search(PdqHash query, int maxDistance) {
        Objects.requireNonNull(query, "query");
        if (maxDistance < 0) {
            throw new IllegalArgumentException("The distance must not be negative");
        }
        lock.readLock().lock();
        try {
            return maxDistance > MAX_PROBED_DISTANCE ? scan(query, maxDistance) : probe(query, maxDistance);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** An estimate, in bytes, of the heap the index's own arrays take, assuming compressed references. */
    public long memoryBytes() {
        lock.readLock().lock();
        try {
            long bytes = arrayBytes(words.length, Long.BYTES)
                    + arrayBytes(ids.length, Long.BYTES)
                    + arrayBytes(removed.length, Long.BYTES)
                    + arrayBytes(table.length, Integer.BYTES)
                    + arrayBytes(SLOTS, REFERENCE_BYTES) * 3;
            for (int s = 0; s < SLOTS; s++) {
                bytes += offsets[s] == EMPTY_OFFSETS ? 0 : arrayBytes(offsets[s].length, Integer.BYTES);
                bytes += arrayBytes(postings[s].length, Long.BYTES);
            }
            if (delta != null) {
                bytes += arrayBytes(SLOTS, REFERENCE_BYTES) * 2;
                for (int s = 0; s < SLOTS; s++) {
                    bytes += arrayBytes(delta[s].length, REFERENCE_BYTES)
                            + arrayBytes(deltaSizes[s].length, Integer.BYTES);
                    for (long[] bucket : delta[s]) {
                        bytes += bucket == null ? 0 : arrayBytes(bucket.length, Long.BYTES);
                    }
                }
            }
            return bytes;
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<PdqMatch> probe(PdqHash query, int radius) {
        long[] queryWords = {query.bits0(), query.bits64(), query.bits128(), query.bits192()};
        int pairRadius = radius >>> 3;
        // Probes flip floor(radius / 16) bits of the slot value: none below 16, one from 16 to 31.
        int probesPerSlot = radius >= 16 ? 17 : 1;
        int[] ranges = new int[SLOTS * probesPerSlot * 2];
        touchBuckets(queryWords, probesPerSlot, ranges);
        Candidates candidates = new Candidates();
        int next = 0;
        for (int s = 0; s < SLOTS; s++) {
            long word = queryWords[s >>> 2];
            int shift = (s & 3) << 4;
            int value = (int) (word >>> shift) & SLOT_MASK;
            int partner = (int) (word >>> (shift ^ 16)) & SLOT_MASK;
            for (int p = 0; p < probesPerSlot; p++) {
                int probed = p == 0 ? value : value ^ 1 << (p - 1);
                int limit = p == 0 ? pairRadius : pairRadius - 1;
                collect(s, ranges[next], ranges[next + 1], partner, limit, candidates);
                next += 2;
                if (delta != null) {
                    collectDelta(s, probed, partner, limit, candidates);
                }
            }
        }
        return verify(candidates, queryWords, radius);
    }

    // Looks up every probed bucket, then reads one word of each cache line of its partner values before any is
    // scanned: the reads depend on nothing but the offsets, so the processor overlaps hundreds of memory misses
    // instead of waiting on each bucket in turn, which at ten million hashes cuts a search's time by about a third.
    private void touchBuckets(long[] queryWords, int probesPerSlot, int[] ranges) {
        int next = 0;
        for (int s = 0; s < SLOTS; s++) {
            int value = (int) (queryWords[s >>> 2] >>> ((s & 3) << 4)) & SLOT_MASK;
            int[] slotOffsets = offsets[s];
            for (int p = 0; p < probesPerSlot; p++) {
                int probed = p == 0 ? value : value ^ 1 << (p - 1);
                ranges[next++] = slotOffsets[probed];
                ranges[next++] = slotOffsets[probed + 1];
            }
        }
        long sum = 0;
        next = 0;
        for (int s = 0; s < SLOTS; s++) {
            long[] slotPostings = postings[s];
            for (int p = 0; p < probesPerSlot; p++) {
                int from = ranges[next++];
                int groups = ranges[next++] - from;
                int base = from * 3;
                for (int g = 0; g < groups; g += LONGS_PER_CACHE_LINE) {
                    sum += slotPostings[base + g];
                }
                if (groups > 0) {
                    sum += slotPostings[base + groups - 1];
                }
            }
        }
        // Kept only so that the compiler cannot drop the reads.
        touched = sum;
    }

    // Keeps the postings of one bucket whose partner slot lies within the limit of the query's, comparing the four
    // partner values of a long at once by counting the differing bits of each 16-bit lane in parallel, close to twice
    // as fast as a loop over single values. It notes where each candidate's position is rather than reading it, so
    // that the scan never waits on those reads.
    private void collect(int slot, int from, int to, int partner, int limit, Candidates candidates) {
        long[] slotPostings = postings[slot];
        int groups = to - from;
        int base = from * 3;
        long positionsAt = (long) slot << 32 | (long) (base + groups) << 1;
        long queryLanes = partner * LANE_ONES;
        // A lane's count plus 15 - limit reaches 16, setting bit 4 of the lane, exactly when the count exceeds the
        // limit; a count is at most 16, so the sum fits the lane's low byte and never carries into the next lane.
        long bias = (15 - limit) * LANE_ONES;
        for (int g = 0; g < groups; g++) {
            long x = slotPostings[base + g] ^ queryLanes;
            x -= x >>> 1 & 0x5555555555555555L;
            x = (x & 0x3333333333333333L) + (x >>> 2 & 0x3333333333333333L);
            x = x + (x >>> 4) & 0x0F0F0F0F0F0F0F0FL;
            long passing = ~(x + (x >>> 8) + bias) & LANE_BIT_4;
            while (passing != 0) {
                candidates.add(positionsAt + (g << 2) + (Long.numberOfTrailingZeros(passing) >>> 4));
                passing &= passing - 1;
            }
        }
    }

    private void collectDelta(int slot, int value, int partner, int limit, Candidates candidates) {
        int bucketIndex = value & deltaMask;
        long[] bucket = delta[slot][bucketIndex];
        int key = value << 16 | partner;
        for (int i = 0, end = deltaSizes[slot][bucketIndex]; i < end; i++) {
            int difference = (int) (bucket[i] >>> 32) ^ key;
            if (difference >>> 16 == 0 && Integer.bitCount(difference) <= limit) {
                candidates.add(DELTA_CANDIDATE | (int) bucket[i]);
            }
        }
    }

    private List<PdqMatch> verify(Candidates candidates, long[] queryWords, int radius) {
        int size = candidates.size;
        int[] positions = new int[size];
        for (int i = 0; i < size; i++) {
            positions[i] = positionOf(candidates.references[i]);
        }
        // Sorting dedupes entries found through several slots and walks the hashes in memory order.
        Arrays.sort(positions);
        List<PdqMatch> matches = new ArrayList<>();
        int previous = -1;
        for (int position : positions) {
            // Padding at the end of a bucket reads as position -1.
            if (position == previous || position < 0) {
                continue;
            }
            previous = position;
            if (isRemoved(position)) {
                continue;
            }
            int distance = distance(position, queryWords);
            if (distance <= radius) {
                matches.add(new PdqMatch(ids[position], distance));
            }
        }
        matches.sort(ORDER);
        return matches;
    }

    // A candidate is either a delta entry's position, flagged, or where a posting's position sits: the slot in the
    // high half, then the index of the long holding the position and which half of it, low or high.
    private int positionOf(long candidate) {
        if ((candidate & DELTA_CANDIDATE) != 0) {
            return (int) candidate;
        }
        int at = (int) candidate;
        return (int) (postings[(int) (candidate >>> 32)][at >>> 1] >>> ((at & 1) << 5));
    }

    private List<PdqMatch> scan(PdqHash query, int radius) {
        long[] queryWords = {query.bits0(), query.bits64(), query.bits128(), query.bits192()};
        List<PdqMatch> matches = new ArrayList<>();
        for (int position = 0; position < count; position++) {
            if (!isRemoved(position)) {
                int distance = distance(position, queryWords);
                if (distance <= radius) {
                    matches.add(new PdqMatch(ids[position], distance));
                }
            }
        }
        matches.sort(ORDER);
        return matches;
    }

    private int distance(int position, long[] queryWords) {
        int base = position * WORDS;
        return Long.bitCount(words[base] ^ queryWords[0])
                + Long.bitCount(words[base + 1] ^ queryWords[1])
                + Long.bitCount(words[base + 2] ^ queryWords[2])
                + Long.bitCount(words[base + 3] ^ queryWords[3]);
    }

    private boolean sameHash(int position, PdqHash hash) {
        int base = position * WORDS;
        return words[base] == hash.bits0()
                && words[base + 1] == hash.bits64()
                && words[base + 2] == hash.bits128()
                && words[base + 3] == hash.bits192();
    }

    private boolean isRemoved(int position) {
        return (removed[position >>> 6] & 1L << position) != 0;
    }

    private void markRemoved(int position) {
        removed[position >>> 6] |= 1L << position;
    }

    private void ensureCapacity(int needed) {
        if (needed <= ids.length) {
            return;
        }
        // A quarter more each time keeps the slack of a ten-million-entry index near 100 MB, not 400 MB.
        int capacity = (int) Math.min(MAXIMUM_POSITIONS, Math.max(needed, ids.length + (ids.length >>> 2) + 16L));
        words = Arrays.copyOf(words, capacity * WORDS);
        ids = Arrays.copyOf(ids, capacity);
        removed = Arrays.copyOf(removed, bitsetLength(capacity));
    }

    private void addToDelta(int position) {
        if (delta == null) {
            delta = new long[SLOTS][deltaMask + 1][];
            deltaSizes = new int[SLOTS][deltaMask + 1];
        }
        for (int s = 0; s < SLOTS; s++) {
            long word = words[position * WORDS + (s >>> 2)];
            int shift = (s & 3) << 4;
            long value = word >>> shift & SLOT_MASK;
            long partner = word >>> (shift ^ 16) & SLOT_MASK;
            int bucketIndex = (int) value & deltaMask;
            long[] bucket = delta[s][bucketIndex];
            int size = deltaSizes[s][bucketIndex];
            if (bucket == null || size == bucket.length) {
                bucket = bucket == null ? new long[4] : Arrays.copyOf(bucket, size * 2);
                delta[s][bucketIndex] = bucket;
            }
            bucket[size] = value << 48 | partner << 32 | position;
            deltaSizes[s][bucketIndex] = size + 1;
        }
    }

    private void compactIfDue() {
        if (count - baseCount > deltaLimit || count - live > Math.max(minimumSlack, count >>> 2)) {
            compact();
        }
    }

    // Moves live entries down over removed ones, then rebuilds the id table and every slot's posting list.
    private void compact() {
        if (live != count) {
            int target = 0;
            for (int position = 0; position < count; position++) {
                if (!isRemoved(position)) {
                    if (target != position) {
                        System.arraycopy(words, position * WORDS, words, target * WORDS, WORDS);
                        ids[target] = ids[position];
                    }
                    target++;
                }
            }
            Arrays.fill(removed, 0L);
            count = target;
            if (ids.length > 2L * count + 1024) {
                words = Arrays.copyOf(words, count * WORDS);
                ids = Arrays.copyOf(ids, count);
                removed = new long[bitsetLength(count)];
            }
            rebuildTable();
        }
        delta = null;
        deltaSizes = null;
        IntStream slots = IntStream.range(0, SLOTS);
        (count >= PARALLEL_BUILD_THRESHOLD ? slots.parallel() : slots).forEach(this::buildSlot);
        baseCount = count;
        sizeDelta();
    }

    private void sizeDelta() {
        deltaLimit = Math.max(minimumSlack, baseCount >>> 4);
        // A bucket for each entry the delta may hold, up to one per slot value, so that a probe reads few entries.
        int bits = Math.min(16, Math.max(4, 32 - Integer.numberOfLeadingZeros(deltaLimit)));
        deltaMask = (1 << bits) - 1;
    }

    // A counting sort of every position by the slot's value, in two stable passes so that writes stay in cache:
    // first into 256 runs by the value's high byte, then each run, a few hundred kilobytes of postings, into its
    // buckets. Scattering ten million postings straight into their buckets misses the cache and the TLB at every
    // write, and took four to six times as long on a two-core virtual machine.
    private void buildSlot(int slot) {
        postings[slot] = null;
        int word = slot >>> 2;
        int shift = (slot & 3) << 4;
        int partnerShift = shift ^ 16;
        int[] sizes = new int[SLOT_VALUES];
        for (int position = 0; position < count; position++) {
            sizes[(int) (words[position * WORDS + word] >>> shift) & SLOT_MASK]++;
        }
        int[] groupStarts = new int[SLOT_VALUES + 1];
        int[] runStarts = new int[RUNS + 1];
        for (int value = 0; value < SLOT_VALUES; value++) {
            groupStarts[value + 1] = groupStarts[value] + ((sizes[value] + 3) >>> 2);
            runStarts[(value >>> 8) + 1] += sizes[value];
        }
        for (int run = 0; run < RUNS; run++) {
            runStarts[run + 1] += runStarts[run];
        }
        long[] runs = new long[count];
        int[] runCursors = Arrays.copyOf(runStarts, RUNS);
        for (int position = 0; position < count; position++) {
            long bits = words[position * WORDS + word];
            long value = bits >>> shift & SLOT_MASK;
            long partner = bits >>> partnerShift & SLOT_MASK;
            runs[runCursors[(int) value >>> 8]++] = value << 48 | partner << 32 | position;
        }
        long[] data = new long[Math.multiplyExact(groupStarts[SLOT_VALUES], 3)];
        Arrays.fill(sizes, 0);
        for (int run = 0; run < RUNS; run++) {
            for (int value = run << 8; value < (run + 1) << 8; value++) {
                int groups = groupStarts[value + 1] - groupStarts[value];
                int positionsBase = groupStarts[value] * 3 + groups;
                Arrays.fill(data, positionsBase, positionsBase + 2 * groups, -1L);
            }
            for (int i = runStarts[run]; i < runStarts[run + 1]; i++) {
                long entry = runs[i];
                int value = (int) (entry >>> 48);
                int posting = sizes[value]++;
                int from = groupStarts[value];
                int base = from * 3;
                data[base + (posting >>> 2)] |= (entry >>> 32 & SLOT_MASK) << ((posting & 3) << 4);
                int at = base + groupStarts[value + 1] - from + (posting >>> 1);
                int positionShift = (posting & 1) << 5;
                data[at] = data[at] & ~(0xFFFFFFFFL << positionShift) | (entry & 0xFFFFFFFFL) << positionShift;
            }
        }
        offsets[slot] = groupStarts;
        postings[slot] = data;
    }

    private void rebuildTable() {
        table = new int[tableCapacity(live)];
        for (int position = 0; position < count; position++) {
            if (!isRemoved(position)) {
                table[cellOf(ids[position])] = position + 1;
            }
        }
    }

    // The cell holding the id, or the empty cell where it would go.
    private int cellOf(long id) {
        int mask = table.length - 1;
        int cell = home(id, mask);
        while (table[cell] != 0 && ids[table[cell] - 1] != id) {
            cell = (cell + 1) & mask;
        }
        return cell;
    }

    // Backward-shift deletion: later cells of the same run move up so that no lookup stops early at the hole.
    private void deleteCell(int hole) {
        int mask = table.length - 1;
        int cell = hole;
        while (true) {
            cell = (cell + 1) & mask;
            if (table[cell] == 0) {
                break;
            }
            int home = home(ids[table[cell] - 1], mask);
            boolean reachable = hole <= cell ? hole < home && home <= cell : hole < home || home <= cell;
            if (!reachable) {
                table[hole] = table[cell];
                hole = cell;
            }
        }
        table[hole] = 0;
    }

    private static int home(long id, int mask) {
        long z = (id ^ (id >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return (int) (z ^ (z >>> 31)) & mask;
    }

    // A power of two with the table at most 60 % full.
    private static int tableCapacity(int entries) {
        long wanted = Math.max(16, (long) entries * 5 / 3 + 1);
        return (int) Math.min(1L << 30, Long.highestOneBit(wanted - 1) << 1);
    }

    private static int bitsetLength(int positions) {
        return (positions + 63) >>> 6;
    }

    private static long arrayBytes(long length, long elementBytes) {
        return (ARRAY_HEADER_BYTES + length * elementBytes + 7) & ~7L;
    }

    // A growable list of candidates, one per search, so the hot loop appends without boxing.
    private static final class Candidates {
        private long[] references = new long[256];
        private int size;

        void add(long candidate) {
            if (size == references.length) {
                references = Arrays.copyOf(references, size * 2);
            }
            references[size++] = candidate;
        }
    }
}
