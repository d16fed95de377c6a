package org.protego.tools;

import java.io.PrintStream;
import java.util.List;

/** The command-line tools, run by a command word instead of starting the server. */
public final class Commands {

    private Commands() {}

    /**
     * Runs the tool named by the first argument with the rest as its arguments, and returns the exit status: {@code
     * hash FILE...}, {@code bench-hash DIR}, {@code bench-match}, {@code bench-blocklist}, {@code bench-cases}, {@code bench-monitoring}; 2 for an
     * unknown word. A
     * benchmark that needs the running server starts {@code application}, which is passed in rather than named here so
     * that the application depends on its tools and never the reverse.
     */
    public static int run(Class<?> application, List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "hash" -> HashFilesCommand.run(rest, out, err);
            case "bench-hash" -> BenchHashCommand.run(rest, out, err);
            case "bench-match" -> BenchMatchCommand.run(rest, out, err);
            case "bench-blocklist" -> BenchBlocklistCommand.run(application, rest, out, err);
            case "bench-cases" -> BenchCasesCommand.run(application, rest, out, err);
            case "bench-monitoring" -> BenchMonitoringCommand.run(application, rest, out, err);
            default -> {
                err.println("Unknown command " + args.get(0)
                        + "; commands: hash, bench-hash, bench-match, bench-blocklist, bench-cases, bench-monitoring");
                yield 2;
            }
        };
    }
}
