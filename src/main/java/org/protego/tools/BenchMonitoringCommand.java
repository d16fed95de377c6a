package org.protego.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.protego.monitoring.MonitoringBenchmark;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * {@code bench-monitoring [--reports N] [--cases N] [--referrals N] [--calls M]}: starts Protego on a fresh embedded
 * database, loads N report facts, N children's registrations and N accepted referrals over five years into monitoring's
 * tables with COPY, and times what dashboards wait for: a year counted on request, the background count of every year
 * after start-up, and M dashboard calls (a year by month, broken down by none, one or two dimensions,
 * with disclosure control) while new facts arrive and are counted in the background. Prints the figures as one JSON
 * line.
 */
final class BenchMonitoringCommand {

    static final String USAGE = "usage: bench-monitoring [--reports N] [--cases N] [--referrals N] [--calls M]";

    private static final int YEARS = 5;

    private BenchMonitoringCommand() {}

    static int run(Class<?> application, List<String> args, PrintStream out, PrintStream err) {
        long reports = 10_000_000;
        long cases = 1_000_000;
        long referrals = 1_000_000;
        int calls = 1_000;
        for (int i = 0; i + 1 < args.size(); i += 2) {
            switch (args.get(i)) {
                case "--reports" -> reports = Long.parseLong(args.get(i + 1));
                case "--cases" -> cases = Long.parseLong(args.get(i + 1));
                case "--referrals" -> referrals = Long.parseLong(args.get(i + 1));
                case "--calls" -> calls = Integer.parseInt(args.get(i + 1));
                default -> {
                    err.println(USAGE);
                    return 2;
                }
            }
        }
        if (args.size() % 2 != 0 || reports < 0 || cases < 1 || referrals < 0 || calls < 1) {
            err.println(USAGE);
            return 2;
        }
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("protego-bench-");
        } catch (IOException e) {
            err.println("bench-monitoring: cannot create a temporary data directory: " + e.getMessage());
            return 1;
        }
        try (ConfigurableApplicationContext context = BenchApplication.start(application, dataDir)) {
            var benchmark = context.getBean(MonitoringBenchmark.class);
            int lastYear = LocalDate.now(ZoneOffset.UTC).getYear();
            double seeded = benchmark.seed(reports, cases, referrals, lastYear, YEARS, 42);
            long[] sizes = benchmark.sizes();
            MonitoringBenchmark.Timings timings = benchmark.time(calls, lastYear, YEARS, 7);
            out.printf(
                    Locale.ROOT,
                    "{\"reports\":%d,\"cases\":%d,\"referrals\":%d,\"facts\":%d,\"monthlyRows\":%d,\"seedSeconds\":%.1f,"
                            + "\"refreshSeconds\":%.1f,\"countP50Ms\":%.1f,\"countP95Ms\":%.1f,\"calls\":%d,"
                            + "\"factsDuringCalls\":%d,\"dashboardP50Ms\":%.2f,\"dashboardP95Ms\":%.2f,"
                            + "\"dashboardMaxMs\":%.1f,\"keptHeapMb\":%d}%n",
                    reports,
                    cases,
                    referrals,
                    sizes[0],
                    sizes[1],
                    seeded,
                    timings.refreshSeconds(),
                    timings.countP50(),
                    timings.countP95(),
                    timings.calls(),
                    timings.factsDuringCalls(),
                    timings.dashboardP50(),
                    timings.dashboardP95(),
                    timings.dashboardMaximum(),
                    timings.keptHeapMegabytes());
            return 0;
        } catch (Exception e) {
            err.println("bench-monitoring failed: " + e);
            return 1;
        } finally {
            FileSystemUtils.deleteRecursively(dataDir.toFile());
        }
    }
}
