package org.protego.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.protego.blocklist.BlocklistManagement;
import org.protego.blocklist.ListVersion;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code bench-blocklist [--entries N] [--changes C]}: starts Protego on a fresh embedded database, lists N URLs,
 * times the publication of a signed version (generation of the hashed-URL feed and the policy zone, SHA-256 and
 * ECDSA signatures), then changes C entries and times the next publication and the delta between the two versions.
 */
final class BenchBlocklistCommand {

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
        // Command-line arguments, because defaults would lose to the settings in application.properties.
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .run(
                        "--server.port=0",
                        "--protego.data-dir=" + dataDir,
                        "--logging.level.root=WARN",
                        "--protego.blocklist.max-additions-per-version=" + (entries + changes),
                        "--protego.blocklist.publish-interval=PT24H",
                        "--protego.takedown.escalation-check-interval=PT24H")) {
            var jdbc = context.getBean(JdbcTemplate.class);
            var blocklist = context.getBean(BlocklistManagement.class);
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            "bench", null, List.of(new SimpleGrantedAuthority("ROLE_INDUSTRY"))));

            seed(jdbc, 0, entries);
            long start = System.nanoTime();
            ListVersion first = blocklist.publishPendingChanges("bench").orElseThrow();
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
                blocklist.writeFeed(first.version(), sink);
            }
            double serveSeconds = seconds(start);
            boolean feedMatches = HexFormat.of().formatHex(feedDigest.digest()).equals(first.hashedUrlsSha256());

            seed(jdbc, entries, changes);
            jdbc.update(
                    "update blocklist_entry set state = 'PENDING_REMOVAL' where id in "
                            + "(select id from blocklist_entry where state = 'LISTED' order by id limit ?)",
                    changes);
            start = System.nanoTime();
            ListVersion second = blocklist.publishPendingChanges("bench").orElseThrow();
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
        }
    }

    /** Inserts pending listings in the database itself, so that seeding does not dominate the run. */
    private static void seed(JdbcTemplate jdbc, int from, int count) {
        jdbc.update("""
                insert into blocklist_entry (kind, expression, digest, state, requested_by, requested_at)
                select 'URL', e, encode(sha256(convert_to(e, 'UTF8')), 'hex'), 'PENDING_ADDITION', 'bench', now()
                from (select 'bench-' || (i % 50000) || '.example/page/' || i as e
                      from generate_series(?, ?) as i) as expressions""", from, from + count - 1);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
