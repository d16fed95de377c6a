package org.protego.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.protego.identity.CreateUser;
import org.protego.identity.CreatedUser;
import org.protego.identity.IdentityManagement;
import org.protego.identity.Organisation;
import org.protego.monitoring.MonitoringBenchmark;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench-monitoring [--reports N] [--cases N] [--referrals N] [--calls M]}: starts Protego on a fresh embedded
 * database, loads N report facts, N children's registrations and N accepted referrals over five years into monitoring's
 * tables with COPY, and times what dashboards wait for: a year counted on request, the background count of every year
 * after start-up, and M dashboard calls (a year by month, broken down by none, one or two dimensions,
 * with disclosure control) while new facts arrive and are counted in the background; then M requests to the indicator
 * API through the running server, as a monitor's script with an API token makes them. Prints the figures as one JSON
 * line.
 */
final class BenchMonitoringCommand {

    static final String USAGE = "usage: bench-monitoring [--reports N] [--cases N] [--referrals N] [--calls M]";

    private static final int YEARS = 5;

    /** The indicators the benchmark loads facts for. */
    private static final List<String> SEEDED = List.of("reports_received", "children_registered", "referrals_accepted");

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
            String token = monitorsToken(context.getBean(IdentityManagement.class));
            double[] overHttp = overHttp(
                    "http://localhost:" + context.getEnvironment().getProperty("local.server.port"),
                    token,
                    calls,
                    lastYear);
            out.printf(
                    Locale.ROOT,
                    "{\"reports\":%d,\"cases\":%d,\"referrals\":%d,\"facts\":%d,\"monthlyRows\":%d,\"seedSeconds\":%.1f,"
                            + "\"refreshSeconds\":%.1f,\"countP50Ms\":%.1f,\"countP95Ms\":%.1f,\"calls\":%d,"
                            + "\"factsDuringCalls\":%d,\"dashboardP50Ms\":%.2f,\"dashboardP95Ms\":%.2f,"
                            + "\"dashboardMaxMs\":%.1f,\"httpP50Ms\":%.2f,\"httpP95Ms\":%.2f,\"httpMaxMs\":%.1f,"
                            + "\"keptHeapMb\":%d}%n",
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
                    overHttp[0],
                    overHttp[1],
                    overHttp[2],
                    timings.keptHeapMegabytes());
            return 0;
        } catch (Exception e) {
            err.println("bench-monitoring failed: " + e);
            return 1;
        } finally {
            FileSystemUtils.deleteRecursively(dataDir.toFile());
        }
    }
    /** A monitor of a bench monitoring body with an API token, as a statistics office's script would have. */
    private static String monitorsToken(IdentityManagement identity) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "bench", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            Organisation body = identity.createOrganisation("bench-monitoring-body");
            CreatedUser monitor =
                    identity.createUser(new CreateUser("bench-monitor", List.of("MONITOR"), body.name(), null));
            return identity.issueToken(monitor.id(), "bench").token();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Times {@code calls} requests to {@code GET /api/v1/indicators/{code}} through the running server, as JSON or,
     * one in three, as SDMX-CSV: a year by month of a random seeded indicator broken down by none, one or two random
     * dimensions of its own. Returns the median, 95th percentile and slowest, in milliseconds.
     */
    private static double[] overHttp(String base, String token, int calls, int lastYear) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        JsonNode listed = JSON.readTree(get(client, base + "/api/v1/indicators", token, "application/json"));
        Map<String, List<String>> dimensions = new LinkedHashMap<>();
        for (JsonNode indicator : listed) {
            String code = indicator.get("code").asString();
            if (SEEDED.contains(code)) {
                List<String> names = new ArrayList<>();
                indicator.get("dimensions").forEach(name -> names.add(name.asString()));
                dimensions.put(code, names);
            }
        }
        Random random = new Random(13);
        List<String> codes = List.copyOf(dimensions.keySet());
        double[] millis = new double[calls];
        for (int i = 0; i < calls; i++) {
            String code = codes.get(random.nextInt(codes.size()));
            List<String> own = new ArrayList<>(dimensions.get(code));
            Collections.shuffle(own, random);
            int year = lastYear - random.nextInt(YEARS);
            String url = base + "/api/v1/indicators/" + code + "?from=" + year + "-01-01&to=" + year
                    + "-12-31&period=month&by=" + String.join(",", own.subList(0, random.nextInt(3)));
            String accept = i % 3 == 0 ? "application/vnd.sdmx.data+csv;version=2.0.0" : "application/json";
            long start = System.nanoTime();
            get(client, url, token, accept);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {
            millis[(int) Math.ceil(0.5 * calls) - 1], millis[(int) Math.ceil(0.95 * calls) - 1], millis[calls - 1]
        };
    }

    private static String get(HttpClient client, String url, String token, String accept) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
