package org.protego.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.protego.cases.CaseBenchmark;
import org.protego.cases.CaseDetails;
import org.protego.cases.CaseManagement;
import org.protego.cases.CaseSummary;
import org.protego.cases.ChildRecord;
import org.protego.cases.Guardian;
import org.protego.cases.RegisteredCase;
import org.protego.identity.CreateUser;
import org.protego.identity.CreatedUser;
import org.protego.identity.IdentityManagement;
import org.protego.identity.Organisation;
import org.protego.identity.StaffMember;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.FileSystemUtils;

/**
 * {@code bench-cases [--cases N] [--operations M]}: starts Protego on a fresh embedded database, seeds N children's
 * cases over organisations of five teams of about 1,000 cases each, and times, for case workers and supervisors of
 * random teams, M loads of the team's caseload, M searches (by case number and by a name spelt with one slip,
 * alternately) and M openings of a case, each through {@link CaseManagement} with its access checks and audit
 * entries, after a warm-up. Prints the 95th percentiles in milliseconds as one JSON line.
 */
final class BenchCasesCommand {

    static final String USAGE = "usage: bench-cases [--cases N] [--operations M]";

    private static final int CASES_PER_TEAM = 1_000;
    private static final int TEAMS_PER_ORGANISATION = 5;
    private static final int CASE_WORKERS_PER_TEAM = 3;
    /** Cases seeded in one transaction, so that a million do not hold one transaction for minutes. */
    private static final int SEED_BATCH = 10_000;
    /** Cases remembered for searching and opening, drawn evenly from all that were seeded. */
    private static final int SAMPLE = 5_000;

    private static final int WARM_UP = 200;
    private static final Duration REGISTRATION_SPAN = Duration.ofDays(5 * 365);
    private static final List<String> FORMS =
            List.of("trafficking", "prostitution", "child_sexual_abuse_material", "grooming", "travel_and_tourism");
    private static final List<String> RISK_LEVELS = List.of("low", "medium", "medium", "high");
    private static final List<String> AGE_METHODS = List.of(
            "the child's own account", "documents", "a medical assessment", "an interview by two professionals");

    private record Team(String name, List<StaffMember> caseWorkers, StaffMember supervisor) {
        StaffMember anyMember(Random random) {
            int pick = random.nextInt(caseWorkers.size() + 1);
            return pick == caseWorkers.size() ? supervisor : caseWorkers.get(pick);
        }
    }

    private record Sampled(UUID id, String caseNumber, ChildNames.Name name, Team team) {}

    private BenchCasesCommand() {}

    static int run(Class<?> application, List<String> args, PrintStream out, PrintStream err) {
        int caseCount = 1_000_000;
        int operations = 1_000;
        for (int i = 0; i + 1 < args.size(); i += 2) {
            switch (args.get(i)) {
                case "--cases" -> caseCount = Integer.parseInt(args.get(i + 1));
                case "--operations" -> operations = Integer.parseInt(args.get(i + 1));
                default -> {
                    err.println(USAGE);
                    return 2;
                }
            }
        }
        if (args.size() % 2 != 0 || caseCount < 1 || operations < 1) {
            err.println(USAGE);
            return 2;
        }
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("protego-bench-");
        } catch (IOException e) {
            err.println("bench-cases: cannot create a temporary data directory: " + e.getMessage());
            return 1;
        }
        try (ConfigurableApplicationContext context = BenchApplication.start(application, dataDir)) {
            var identity = context.getBean(IdentityManagement.class);
            var benchmark = context.getBean(CaseBenchmark.class);
            var cases = context.getBean(CaseManagement.class);
            Random random = new Random(42);

            // An administrator creates the organisations and staff, and seeds the cases; both are audited as "bench".
            actAs(UsernamePasswordAuthenticationToken.authenticated(
                    "bench", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
            long start = System.nanoTime();
            List<Team> teams = createTeams(identity, Math.max(1, (caseCount + CASES_PER_TEAM - 1) / CASES_PER_TEAM));
            List<Sampled> sample = seed(benchmark, teams, caseCount, random);
            double seedSeconds = seconds(start);

            long[] list = new long[operations];
            long[] byNumber = new long[(operations + 1) / 2];
            long[] byName = new long[operations / 2];
            long[] open = new long[operations];
            int namesFound = 0;
            for (int i = -WARM_UP; i < operations; i++) {
                Team team = teams.get(random.nextInt(teams.size()));
                long listed =
                        timed(team.anyMember(random), () -> cases.caseload(0)).nanos();

                Sampled searched = sample.get(random.nextInt(sample.size()));
                boolean number = Math.floorMod(i, 2) == 0;
                String typed = ChildNames.misspelt(searched.name(), random);
                Timed<List<CaseSummary>> search = timed(
                        searched.team().anyMember(random),
                        () -> number
                                ? cases.search(searched.caseNumber(), null, null)
                                : cases.search(null, typed, null));

                Sampled opened = sample.get(random.nextInt(sample.size()));
                long opening = timed(opened.team().anyMember(random), () -> cases.open(opened.id(), null))
                        .nanos();
                if (i < 0) {
                    continue;
                }
                list[i] = listed;
                open[i] = opening;
                if (number) {
                    byNumber[i / 2] = search.nanos();
                } else {
                    byName[i / 2] = search.nanos();
                    if (search.result().stream()
                            .anyMatch(summary -> summary.id().equals(searched.id()))) {
                        namesFound++;
                    }
                }
            }
            long[] searches = new long[byNumber.length + byName.length];
            System.arraycopy(byNumber, 0, searches, 0, byNumber.length);
            System.arraycopy(byName, 0, searches, byNumber.length, byName.length);
            out.printf(
                    Locale.ROOT,
                    "{\"cases\":%d,\"list_p95_ms\":%.1f,\"search_p95_ms\":%.1f,\"open_p95_ms\":%.1f,"
                            + "\"number_search_p95_ms\":%.1f,\"name_search_p95_ms\":%.1f,\"name_search_recall\":%.3f,"
                            + "\"operations\":%d,\"organisations\":%d,\"teams\":%d,\"seed_seconds\":%.1f}%n",
                    caseCount,
                    p95(list),
                    p95(searches),
                    p95(open),
                    p95(byNumber),
                    p95(byName),
                    byName.length == 0 ? 1.0 : (double) namesFound / byName.length,
                    operations,
                    (teams.size() + TEAMS_PER_ORGANISATION - 1) / TEAMS_PER_ORGANISATION,
                    teams.size(),
                    seedSeconds);
            return 0;
        } catch (Exception e) {
            err.println("bench-cases failed: " + e);
            return 1;
        } finally {
            SecurityContextHolder.clearContext();
            // The scratch database is of no use once the figures are printed, and at a million cases it takes
            // gigabytes.
            FileSystemUtils.deleteRecursively(dataDir.toFile());
        }
    }

    /** Organisations of five teams, each team with its case workers and a supervisor. */
    private static List<Team> createTeams(IdentityManagement identity, int teamCount) {
        List<Team> teams = new ArrayList<>(teamCount);
        Organisation organisation = null;
        for (int t = 0; t < teamCount; t++) {
            int inOrganisation = t % TEAMS_PER_ORGANISATION;
            if (inOrganisation == 0) {
                organisation = identity.createOrganisation("bench-organisation-" + (t / TEAMS_PER_ORGANISATION + 1));
            }
            String teamName = "team-" + (inOrganisation + 1);
            String prefix = "o" + (t / TEAMS_PER_ORGANISATION + 1) + "-t" + (inOrganisation + 1);
            List<StaffMember> caseWorkers = new ArrayList<>();
            for (int w = 1; w <= CASE_WORKERS_PER_TEAM; w++) {
                caseWorkers.add(staffMember(identity, organisation, prefix + "-worker" + w, "CASE_WORKER", teamName));
            }
            teams.add(new Team(
                    teamName,
                    caseWorkers,
                    staffMember(identity, organisation, prefix + "-supervisor", "SUPERVISOR", teamName)));
        }
        return teams;
    }

    private static StaffMember staffMember(
            IdentityManagement identity, Organisation organisation, String username, String role, String team) {
        CreatedUser user = identity.createUser(new CreateUser(username, List.of(role), organisation.name(), team));
        return new StaffMember(user.id(), user.username(), organisation.id(), organisation.name(), user.roles());
    }

    /**
     * Seeds the cases in order of registration over five years, each in a random team and assigned to one of its case
     * workers, and returns a sample of them, spread evenly, with the names they were registered under.
     */
    private static List<Sampled> seed(CaseBenchmark benchmark, List<Team> teams, int caseCount, Random random) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant first = now.minus(REGISTRATION_SPAN);
        long spanSeconds = REGISTRATION_SPAN.toSeconds();
        List<Sampled> sample = new ArrayList<>(Math.min(SAMPLE, caseCount));
        int every = Math.max(1, caseCount / SAMPLE);
        for (int from = 0; from < caseCount; from += SEED_BATCH) {
            int size = Math.min(SEED_BATCH, caseCount - from);
            List<CaseBenchmark.Seed> seeds = new ArrayList<>(size);
            List<ChildNames.Name> names = new ArrayList<>(size);
            List<Team> teamsOf = new ArrayList<>(size);
            for (int i = from; i < from + size; i++) {
                Instant registeredAt = first.plusSeconds(spanSeconds * i / caseCount);
                Team team = teams.get(random.nextInt(teams.size()));
                StaffMember caseWorker =
                        team.caseWorkers().get(random.nextInt(team.caseWorkers().size()));
                ChildNames.Name name = ChildNames.draw(random);
                seeds.add(seedOf(name, team, caseWorker, registeredAt, now, random));
                names.add(name);
                teamsOf.add(team);
            }
            List<RegisteredCase> registered = benchmark.seed(seeds);
            for (int i = 0; i < size; i++) {
                if ((from + i) % every == 0 && sample.size() < SAMPLE) {
                    RegisteredCase one = registered.get(i);
                    sample.add(new Sampled(one.id(), one.caseNumber(), names.get(i), teamsOf.get(i)));
                }
            }
        }
        return sample;
    }

    private static CaseBenchmark.Seed seedOf(
            ChildNames.Name name, Team team, StaffMember caseWorker, Instant registeredAt, Instant now, Random random) {
        LocalDate registeredOn = registeredAt.atZone(ZoneOffset.UTC).toLocalDate();
        int age = 3 + random.nextInt(15);
        boolean birthDateKnown = random.nextInt(100) < 45;
        ChildRecord child = new ChildRecord(
                name.givenName(),
                name.familyName(),
                null,
                name.sex(),
                birthDateKnown ? registeredOn.minusYears(age).minusDays(random.nextInt(365)) : null,
                birthDateKnown ? null : age,
                birthDateKnown ? null : AGE_METHODS.get(random.nextInt(AGE_METHODS.size())),
                name.nationality(),
                List.of(name.language()),
                List.of());
        boolean unaccompanied = random.nextInt(100) < 40;
        boolean separated = !unaccompanied && random.nextInt(100) < 15;
        boolean trafficked = random.nextInt(100) < 35;
        List<String> forms = new ArrayList<>();
        if (trafficked) {
            forms.add("trafficking");
        }
        forms.add(FORMS.get(random.nextInt(FORMS.size())));
        CaseDetails details = new CaseDetails(
                child,
                forms,
                unaccompanied,
                separated,
                trafficked,
                random.nextInt(100) < 30,
                RISK_LEVELS.get(random.nextInt(RISK_LEVELS.size())),
                "Safe accommodation, a medical check-up and an interpreter.");
        // Most cases are worked on for a few months after registration; older ones are mostly closed.
        long ageSeconds = Duration.between(registeredAt, now).toSeconds();
        long workedSeconds = Math.min(ageSeconds, (long) (-Math.log(1 - random.nextDouble()) * 60 * 86_400));
        boolean closed = random.nextInt(100) < (ageSeconds > 365 * 86_400L ? 75 : 15);
        Guardian guardian = (unaccompanied || separated) && random.nextInt(100) < 85
                ? new Guardian(
                        ChildNames.draw(random).familyName(),
                        "Guardianship service",
                        registeredAt.plus(Duration.ofHours(1 + random.nextInt(72))))
                : null;
        return new CaseBenchmark.Seed(
                caseWorker.organisationId(),
                team.name(),
                caseWorker.userId(),
                details,
                registeredAt,
                registeredAt.plusSeconds(workedSeconds),
                closed,
                guardian);
    }

    /** What a call answered and how long it took. */
    private record Timed<T>(T result, long nanos) {}

    /** Runs a call as a staff member, as a signed-in request would, and times it. */
    private static <T> Timed<T> timed(StaffMember caller, Supplier<T> call) {
        actAs(UsernamePasswordAuthenticationToken.authenticated(
                caller,
                null,
                caller.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList()));
        long start = System.nanoTime();
        T result = call.get();
        return new Timed<>(result, System.nanoTime() - start);
    }

    private static void actAs(Authentication authentication) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    /** The 95th percentile in milliseconds: the time that 95 % of the calls took or less. */
    private static double p95(long[] nanos) {
        if (nanos.length == 0) {
            return 0;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
