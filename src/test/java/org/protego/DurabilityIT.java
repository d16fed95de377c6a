package org.protego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the packaged jar as a separate process and crashes it under load, because only a real SIGKILL of the JVM and
 * of PostgreSQL shows whether a reference is handed out before its report is durable.
 */
class DurabilityIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path JAR = Path.of("target", "protego.jar").toAbsolutePath();
    private static final int CLIENTS = 4;
    // The load runs at least its minimum, so that the crash meets a warmed-up server, and then until enough
    // reports are acknowledged for the check to mean something, bounded for a slow or busy build machine.
    private static final Duration MINIMUM_LOAD = Duration.ofSeconds(3);
    private static final Duration MAXIMUM_LOAD = Duration.ofSeconds(20);
    private static final int ACKNOWLEDGEMENTS_WANTED = 400;
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);
    private static final int MINIMUM_ACKNOWLEDGED = 250;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private Path dataDir;
    private final List<Path> logs = new ArrayList<>();
    private Process app;
    private int port;

    record Acknowledgement(String reference, String followUpCode) {}

    @BeforeEach
    void createDataDirectory() throws IOException {
        assertThat(JAR)
                .as("the packaged application, built in the package phase")
                .exists();
        dataDir = Files.createTempDirectory("protego-durability");
    }

    @AfterEach
    void stopEverythingAndDeleteData() throws IOException {
        try {
            if (app != null) {
                List<ProcessHandle> processes = new ArrayList<>();
                processes.add(app.toHandle());
                processes.addAll(app.descendants().toList());
                runningPostmaster().ifPresent(postmaster -> {
                    processes.add(postmaster);
                    processes.addAll(postmaster.descendants().toList());
                });
                killAndAwait(processes);
            }
        } finally {
            if (dataDir != null) {
                try (Stream<Path> paths = Files.walk(dataDir)) {
                    paths.sorted(Comparator.reverseOrder())
                            .forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    @Test
    void everyAcknowledgedReportSurvivesSigkill() throws Exception {
        long started = System.nanoTime();
        Queue<Acknowledgement> acknowledged = new ConcurrentLinkedQueue<>();
        try {
            startApp();
            int inFlightAtKill = submitUnderLoadThenCrash(acknowledged);
            assertThat(inFlightAtKill)
                    .as("submissions awaiting an answer when killed")
                    .isPositive();
            // Recovery from the write-ahead log happens on this start; a restart that fails is a lost service.
            startApp();

            assertThat(acknowledged.size())
                    .as("acknowledged reports; too few means the crash proves little")
                    .isGreaterThanOrEqualTo(MINIMUM_ACKNOWLEDGED);
            assertThat(acknowledged.stream().map(Acknowledgement::reference).distinct())
                    .as("references are unique")
                    .hasSize(acknowledged.size());
            List<String> lost = lookUpAll(acknowledged);
            System.out.printf(
                    "DurabilityIT: %d reports acknowledged, %d submissions in flight at SIGKILL, %d lost, %d s%n",
                    acknowledged.size(),
                    inFlightAtKill,
                    lost.size(),
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
            assertThat(lost.size())
                    .as(
                            "acknowledged reports missing after SIGKILL, of %d acknowledged; first ones: %s",
                            acknowledged.size(), lost.subList(0, Math.min(lost.size(), 10)))
                    .isZero();
        } catch (Throwable failure) {
            printLogs();
            throw failure;
        }
    }

    /** Returns how many submissions were awaiting an answer at the instant of the kill. */
    private int submitUnderLoadThenCrash(Queue<Acknowledgement> acknowledged) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger sequence = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread client = new Thread(() -> {
                while (!stop.get()) {
                    inFlight.incrementAndGet();
                    try {
                        HttpResponse<String> answer = post(
                                "/api/v1/reports",
                                Map.of(
                                        "category", "grooming",
                                        "description", "Durability probe " + sequence.incrementAndGet(),
                                        "language", "en"));
                        if (answer.statusCode() == 201) {
                            JsonNode json = JSON.readTree(answer.body());
                            acknowledged.add(new Acknowledgement(
                                    json.get("reference").asString(),
                                    json.get("followUpCode").asString()));
                        }
                    } catch (IOException e) {
                        // The crash cut this request off; it was never acknowledged, so it may be lost.
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } finally {
                        inFlight.decrementAndGet();
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        // The crash must come under load: after at least the minimum, once enough reports were acknowledged or the
        // maximum load time has passed, whichever comes first.
        long loadStarted = System.nanoTime();
        await().pollDelay(MINIMUM_LOAD)
                .pollInterval(Duration.ofMillis(10))
                .atMost(MAXIMUM_LOAD.plusSeconds(5))
                .until(() -> acknowledged.size() >= ACKNOWLEDGEMENTS_WANTED
                        || System.nanoTime() - loadStarted >= MAXIMUM_LOAD.toNanos());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (inFlight.get() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        int inFlightAtKill = inFlight.get();
        crash();
        stop.set(true);
        for (Thread client : clients) {
            client.join(Duration.ofSeconds(15).toMillis());
            assertThat(client.isAlive()).as("client thread finished").isFalse();
        }
        return inFlightAtKill;
    }

    /** Returns a line for every acknowledged report whose status can no longer be looked up. */
    private List<String> lookUpAll(Queue<Acknowledgement> acknowledged) throws Exception {
        ExecutorService lookups = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Optional<String>>> answers = new ArrayList<>();
            for (Acknowledgement acknowledgement : acknowledged) {
                answers.add(lookups.submit(() -> {
                    HttpResponse<String> answer = post(
                            "/api/v1/reports/status",
                            Map.of(
                                    "reference", acknowledgement.reference(),
                                    "followUpCode", acknowledgement.followUpCode()));
                    boolean found = answer.statusCode() == 200
                            && !JSON.readTree(answer.body())
                                    .path("status")
                                    .asString("")
                                    .isBlank();
                    return found
                            ? Optional.<String>empty()
                            : Optional.of(
                                    acknowledgement.reference() + " -> " + answer.statusCode() + " " + answer.body());
                }));
            }
            List<String> lost = new ArrayList<>();
            for (Future<Optional<String>> answer : answers) {
                answer.get().ifPresent(lost::add);
            }
            return lost;
        } finally {
            lookups.shutdownNow();
        }
    }

    /**
     * Kills the JVM and every PostgreSQL process at once, as when a container or host is killed; killing only the
     * JVM would let the surviving server finish writes that a real crash of the machine would cut off.
     */
    private void crash() {
        ProcessHandle postmaster =
                runningPostmaster().orElseThrow(() -> new AssertionError("no PostgreSQL running in " + dataDir));
        List<ProcessHandle> processes = new ArrayList<>();
        processes.add(app.toHandle());
        processes.add(postmaster);
        processes.addAll(postmaster.descendants().toList());
        killAndAwait(processes);
    }

    private static void killAndAwait(List<ProcessHandle> processes) {
        processes.forEach(ProcessHandle::destroyForcibly);
        processes.forEach(
                process -> process.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    }

    /** The pid file may outlive its server, so the pid counts only while it still runs on this data directory. */
    private Optional<ProcessHandle> runningPostmaster() {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            String firstLine =
                    Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            if (firstLine.isEmpty()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(firstLine))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info()
                            .commandLine()
                            .map(line -> line.contains(dataDir.toString()))
                            .orElse(false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startApp() throws Exception {
        port = freePort();
        Path log = dataDir.resolve("app-" + (logs.size() + 1) + ".log");
        logs.add(log);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        app = new ProcessBuilder(
                        java,
                        "-jar",
                        JAR.toString(),
                        "--server.port=" + port,
                        "--protego.data-dir=" + dataDir,
                        "--protego.rate-limit.reports-per-minute=0",
                        // Checking every acknowledged reference is a flood of look-ups from one address.
                        "--protego.rate-limit.status-lookups-per-minute=0",
                        "--logging.level.root=WARN")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        await().alias("application healthy within " + STARTUP_LIMIT + "; see " + log)
                .atMost(STARTUP_LIMIT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    assertThat(app.isAlive())
                            .as("application still running during start; see %s", log)
                            .isTrue();
                    return isHealthy(port);
                });
    }

    private boolean isHealthy(int port) throws InterruptedException {
        try {
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"");
        } catch (IOException e) {
            // Not listening yet.
            return false;
        }
    }

    private HttpResponse<String> post(String path, Map<String, String> body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void printLogs() {
        for (Path log : logs) {
            try {
                System.out.println("===== " + log.getFileName() + " =====");
                System.out.println(Files.readString(log));
            } catch (IOException e) {
                System.out.println("(could not read " + log + ": " + e + ")");
            }
        }
    }
}
