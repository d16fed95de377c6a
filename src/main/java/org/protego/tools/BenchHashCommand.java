package org.protego.tools;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.protego.hashes.PdqHasher;

/**
 * {@code bench-hash DIR}: measures single-threaded PDQ throughput over the images in a folder, with and without
 * decoding, and prints one JSON line.
 */
final class BenchHashCommand {

    private static final long WARM_UP_NANOS = 300_000_000L;
    private static final long MEASURE_NANOS = 1_500_000_000L;

    /** Keeps the JIT from discarding hashes that are computed only to be timed. */
    private static volatile long sink;

    private BenchHashCommand() {}

    /** Hashes every decodable image in the folder for a few seconds and prints images hashed per second. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: bench-hash DIR");
            return 2;
        }
        Path dir = Path.of(args.get(0));
        if (!Files.isDirectory(dir)) {
            err.println("bench-hash: " + dir + " is not a folder");
            return 2;
        }
        List<Path> files = new ArrayList<>();
        List<BufferedImage> images = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path file : entries.filter(Files::isRegularFile).sorted().toList()) {
                try {
                    images.add(PdqHasher.decode(Files.readAllBytes(file), file.toString()));
                    files.add(file);
                } catch (IOException e) {
                    // Folders of test images hold lists of expected values too; only images are measured.
                }
            }
        } catch (IOException e) {
            err.println("bench-hash: cannot list " + dir + ": " + e.getMessage());
            return 1;
        }
        if (images.isEmpty()) {
            err.println("bench-hash: no decodable image in " + dir);
            return 1;
        }
        try {
            // Warming both paths first lets the JIT compile them, so that neither figure counts interpreted rounds.
            perSecond(WARM_UP_NANOS, () -> hashDecoded(images));
            perSecond(WARM_UP_NANOS, () -> hashFiles(files));
            double decodeExcluded = perSecond(MEASURE_NANOS, () -> hashDecoded(images));
            double decodeIncluded = perSecond(MEASURE_NANOS, () -> hashFiles(files));
            out.printf(
                    Locale.ROOT,
                    "{\"images\":%d,\"decode_excluded_per_second\":%.1f,\"decode_included_per_second\":%.1f}%n",
                    images.size(),
                    decodeExcluded,
                    decodeIncluded);
            return 0;
        } catch (IOException e) {
            err.println("bench-hash: " + e.getMessage());
            return 1;
        }
    }

    private static int hashDecoded(List<BufferedImage> images) {
        for (BufferedImage image : images) {
            sink += PdqHasher.hash(image).hash().bits0();
        }
        return images.size();
    }

    private static int hashFiles(List<Path> files) throws IOException {
        for (Path file : files) {
            sink += PdqHasher.hash(file).hash().bits0();
        }
        return files.size();
    }

    /** Repeats whole rounds over the images until the time is spent, so that few images still give a stable figure. */
    private static double perSecond(long nanos, Round round) throws IOException {
        long start = System.nanoTime();
        long hashed = 0;
        long elapsed;
        do {
            hashed += round.run();
            elapsed = System.nanoTime() - start;
        } while (elapsed < nanos);
        return hashed * 1e9 / elapsed;
    }

    private interface Round {
        int run() throws IOException;
    }
}
