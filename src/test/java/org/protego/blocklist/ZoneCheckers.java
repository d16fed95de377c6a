package org.protego.blocklist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * BIND's and Unbound's own checkers, run on a zone file the way an ISP's resolver would load it. Where a tool is
 * missing the calling test is skipped, with a message naming the Debian package.
 */
final class ZoneCheckers {

    static final String ZONE = ResponsePolicyZone.NAME;

    record Verdict(int exitCode, String output) {
        boolean accepted() {
            return exitCode == 0;
        }
    }

    private ZoneCheckers() {}

    static Optional<Path> findNamedCheckzone() {
        return executable("/usr/bin/named-checkzone", "/usr/sbin/named-checkzone");
    }

    static Path namedCheckzone() {
        Optional<Path> tool = findNamedCheckzone();
        Assumptions.assumeTrue(
                tool.isPresent(), "This test needs BIND's named-checkzone (apt-get install bind9-utils)");
        return tool.get();
    }

    static Path unboundCheckconf() {
        Optional<Path> tool = executable("/usr/sbin/unbound-checkconf", "/usr/bin/unbound-checkconf");
        Assumptions.assumeTrue(tool.isPresent(), "This test needs unbound-checkconf (apt-get install unbound)");
        return tool.get();
    }

    /** named-checkzone with names checked strictly, loading the file as the policy zone {@value #ZONE}. */
    static Verdict namedCheckzone(Path zoneFile) {
        return run(List.of(namedCheckzone().toString(), "-k", "fail", "-i", "full", ZONE, zoneFile.toString()));
    }

    /** unbound-checkconf on a configuration whose rpz clause loads the file, which makes Unbound parse it. */
    static Verdict unboundCheckconf(Path directory, Path zoneFile) throws IOException {
        Path tool = unboundCheckconf();
        Path config =
                Files.writeString(directory.resolve("unbound-check.conf"), """
                server:
                  chroot: ""
                  username: ""
                  directory: "%1$s"
                  pidfile: "%1$s/unbound.pid"
                  module-config: "respip validator iterator"
                rpz:
                  name: "%2$s."
                  zonefile: "%3$s"
                """.formatted(directory, ZONE, zoneFile));
        return run(List.of(tool.toString(), config.toString()));
    }

    static Path write(Path directory, String name, String zone) throws IOException {
        return Files.writeString(directory.resolve(name), zone, StandardCharsets.US_ASCII);
    }

    private static Optional<Path> executable(String... candidates) {
        return Stream.of(candidates).map(Path::of).filter(Files::isExecutable).findFirst();
    }

    private static Verdict run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + command);
            }
            return new Verdict(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
