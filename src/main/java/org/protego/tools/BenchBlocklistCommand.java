package org.protego.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.protego.blocklist.BlocklistManagement;
import org.protego.blocklist.BulkListing;
import org.protego.blocklist.ListVersion;
import org.protego.shared.CanonicalUrl;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.FileSystemUtils;

/**
 * {@code bench-blocklist [--entries N] [--changes C]}: starts Protego on a fresh embedded database, lists N URLs,
 * times the publication of a signed version (generation of the hashed-URL feed and the policy zone, SHA-256 and
 * ECDSA signatures), then changes C entries and times the next publication and the delta between the two versions.
 * The URLs are requested and withdrawn through the block list's {@link BulkListing}; only publication, serving and
 * the delta are timed.
 */
final class BenchBlocklistCommand {

    /** URLs requested in one transaction, so that seeding a million does not hold one transaction for minutes. */
    private static final int SEED_BATCH = 10_000;

    private BenchBlocklistCommand() {}

    static int run(Class<?> application, List<String> args, PrintStream out, PrintStream err) {
        int entries = 1_000_000;
        int changes = 10_000;
        for (int i = 0; i + 1 < args.size(); i += 2) {
            switch (args.get(i)) {
                case "--entries" -> entries = Integer.parseInt(args.get(i + 1));
                case "--changes" -> changes = Integer.parseInt(args.get(i + 1));
                default -> {
                    err.println("usage: bench-blocklist [--entries N] [--changes C]");
                    return 2;
                }
            }
        }
        if (args.size() % 2 != 0 || entries < 1 || changes < 0 || changes > entries) {
            err.println("usage: bench-blocklist [--entries N] [--changes C]");
            return 2;
        }
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("protego-bench-");
        } catch (IOException e) {
            err.println("bench-blocklist: cannot create a temporary data directory: " + e.getMessage());
            return 1;
        }
        try (ConfigurableApplicationContext context = BenchApplication.start(
                application, dataDir, "--protego.blocklist.max-additions-per-version=" + (entries + changes))) {
            var bulk = context.getBean(BulkListing.class);
            var blocklist = context.getBean(BlocklistManagement.class);
            // An analyst may change and read the list; the bulk requests are audited under this name.
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            "bench", null, List.of(new SimpleGrantedAuthority("ROLE_ANALYST"))));

            requestListings(bulk, 0, entries);
            long start = System.nanoTime();
            ListVersion first = bulk.publishPendingChanges().orElseThrow();
            double publishSeconds = seconds(start);

            start = System.nanoTime();
            var feedDigest = MessageDigest.getInstance("SHA-256");
            long[] feedBytes = {0};
            try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), feedDigest) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    super.write(bytes, offset, length);
                    feedBytes[0] += length;
                }
            }) {
                bulk.writeFeed(first.version(), sink);
            }
            double serveSeconds = seconds(start);
            boolean feedMatches = HexFormat.of().formatHex(feedDigest.digest()).equals(first.hashedUrlsSha256());

            requestListings(bulk, entries, changes);
            for (int from = 0; from < changes; from += SEED_BATCH) {
                bulk.requestUrlRemovals(urls(from, Math.min(SEED_BATCH, changes - from)));
            }
            start = System.nanoTime();
            ListVersion second = bulk.publishPendingChanges().orElseThrow();
            double republishSeconds = seconds(start);

            start = System.nanoTime();
            var delta = blocklist.deltaSince(first.version());
            double deltaSeconds = seconds(start);

            out.printf(
                    Locale.ROOT,
                    "{\"entries\":%d,\"publish_seconds\":%.3f,\"feed_bytes\":%d,"
                            + "\"feed_serve_seconds\":%.3f,\"feed_sha256_matches\":%b,\"changes\":%d,"
                            + "\"republish_seconds\":%.3f,\"delta_seconds\":%.3f,\"delta_added\":%d,"
                            + "\"delta_removed\":%d,\"second_version_entries\":%d}%n",
                    first.entries(),
                    publishSeconds,
                    feedBytes[0],
                    serveSeconds,
                    feedMatches,
                    changes,
                    republishSeconds,
                    deltaSeconds,
                    delta.added().size(),
                    delta.removed().size(),
                    second.entries());
            return feedMatches ? 0 : 1;
        } catch (Exception e) {
            err.println("bench-blocklist failed: " + e);
            return 1;
        } finally {
            SecurityContextHolder.clearContext();
            // The scratch database is of no use once the figures are printed, and at a million entries it takes 1.6 GB.
            FileSystemUtils.deleteRecursively(dataDir.toFile());
        }
    }

    /** Requests the listing of URLs number {@code from} to {@code from + count - 1}, a batch a transaction. */
    private static void requestListings(BulkListing bulk, int from, int count) {
        for (int start = from, end = from + count; start < end; start += SEED_BATCH) {
            bulk.requestUrlListings(urls(start, Math.min(SEED_BATCH, end - start)));
        }
    }

    /** URL number i is page i of one of 50,000 sites: the URLs this benchmark has always listed. */
    private static List<CanonicalUrl> urls(int from, int count) {
        List<CanonicalUrl> urls = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            urls.add(CanonicalUrl.of("http://bench-" + (i % 50_000) + ".example/page/" + i));
        }
        return urls;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
