package org.protego.blocklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The zone generator and the check before signing, held against BIND's and Unbound's own checkers. */
class PolicyZoneCheckTest {

    @TempDir
    Path directory;

    static Stream<HostileNames.Hostile> hostileNames() {
        return HostileNames.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileNames")
    void hostileNameFromTheTableNeverReachesTheZoneAndTheZoneStillLoads(HostileNames.Hostile hostile) throws Exception {
        String zone = ResponsePolicyZone.of(7, List.of("abuse.example.org", hostile.name()), null);

        assertThat(records(zone)).containsExactly("abuse.example.org CNAME .", "*.abuse.example.org CNAME .");
        Path file = ZoneCheckers.write(directory, "hostile.rpz", zone);
        var bind = ZoneCheckers.namedCheckzone(file);
        assertThat(bind.accepted()).as(bind.output()).isTrue();
        var unbound = ZoneCheckers.unboundCheckconf(directory, file);
        assertThat(unbound.accepted()).as(unbound.output()).isTrue();
    }

    @Test
    void validNamesAtTheEdgesAreListedAndBothResolversLoadTheZone() throws Exception {
        String zone = ResponsePolicyZone.of(8, HostileNames.VALID_EDGES, null);

        assertThat(records(zone))
                .contains(
                        HostileNames.LONGEST_LISTABLE + " CNAME .",
                        "*." + HostileNames.LONGEST_LISTABLE + " CNAME .",
                        "*.xn--bcher-kva.com CNAME .",
                        "*.a-b--c.example.com CNAME .")
                .as("a name differing only in case is listed once")
                .containsOnlyOnce("abuse.example.org CNAME .");
        Path file = ZoneCheckers.write(directory, "edges.rpz", zone);
        var bind = ZoneCheckers.namedCheckzone(file);
        assertThat(bind.accepted()).as(bind.output()).isTrue();
        var unbound = ZoneCheckers.unboundCheckconf(directory, file);
        assertThat(unbound.accepted()).as(unbound.output()).isTrue();
    }

    @Test
    void bindRefusesTheWildcardOfA253CharacterNameSoTheRulesStopAt239() throws Exception {
        String zone = ResponsePolicyZone.of(9, List.of(), null) + "*." + HostileNames.LONGEST_NAME + " CNAME .\n";

        var bind = ZoneCheckers.namedCheckzone(ZoneCheckers.write(directory, "long.rpz", zone));

        assertThat(bind.accepted()).isFalse();
        assertThat(bind.output()).contains("ran out of space");
    }

    @Test
    void zoneWithAStopPageSendsEveryListedNameThere() throws Exception {
        String zone = ResponsePolicyZone.of(10, List.of("abuse.example.org"), "stop.hotline.example");

        assertThat(records(zone))
                .containsExactly(
                        "abuse.example.org CNAME stop.hotline.example.",
                        "*.abuse.example.org CNAME stop.hotline.example.");
        var bind = ZoneCheckers.namedCheckzone(ZoneCheckers.write(directory, "stop.rpz", zone));
        assertThat(bind.accepted()).as(bind.output()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"stop page", "stop;.example", "*.example.org", "$ORIGIN", "stop.example\n*.com"})
    void stopPageThatIsNotAHostNameIsRefused(String stopPage) {
        assertThatThrownBy(() -> ResponsePolicyZone.actionFor(stopPage))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rpz-stop-page");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*.com CNAME .",
                "com CNAME .\n*.com CNAME .",
                "a;b.example.org CNAME .\n*.a;b.example.org CNAME .",
                "abuse.example.org CNAME .",
                "abuse.example.org CNAME .\n*.abuse.example.org CNAME .\nabuse.example.org CNAME .\n"
                        + "*.abuse.example.org CNAME .",
                "$ORIGIN com.",
                "abuse.example.org CNAME rpz-passthru.\n*.abuse.example.org CNAME rpz-passthru.",
                "abuse.example.org A 192.0.2.1\n*.abuse.example.org A 192.0.2.1",
                "xn--bcher-kva.com CNAME .\n*.xn--bcher-kva.com CNAME .\n(",
                "Abuse.example.org CNAME .\n*.Abuse.example.org CNAME ."
            })
    void malformedZoneIsRefusedBeforeItIsSigned(String records) {
        String zone = ResponsePolicyZone.of(11, List.of(), null) + records + "\n";

        assertThatThrownBy(() -> ResponsePolicyZone.check(zone, "."))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("malformed");
    }

    @Test
    void zoneWithATamperedHeaderOrAControlCharacterIsRefused() {
        String zone = ResponsePolicyZone.of(12, List.of("abuse.example.org"), null);

        assertThatThrownBy(() -> ResponsePolicyZone.check(zone.replace("$TTL 300", "$TTL 0"), "."))
                .hasMessageContaining("malformed");
        assertThatThrownBy(() -> ResponsePolicyZone.check(zone.replace("abuse.", "ab\tuse."), "."))
                .hasMessageContaining("malformed");
        assertThatThrownBy(() -> ResponsePolicyZone.check(zone.substring(0, zone.length() - 1), "."))
                .hasMessageContaining("malformed");
    }

    @Property(tries = 500)
    void whateverTheTableHoldsTheGeneratedZonePassesTheCheck(@ForAll("rows") List<String> domains) {
        String zone = ResponsePolicyZone.of(13, domains, null);

        for (String record : records(zone)) {
            String owner = record.substring(0, record.indexOf(' '));
            assertThat(ListableNames.problemWithDedicatedDomain(owner.replaceFirst("^\\*\\.", "")))
                    .isEmpty();
        }
    }

    /** jqwik runs outside JUnit's extensions: no @TempDir, and a missing tool passes instead of skipping. */
    @Property(tries = 20)
    void whateverTheTableHoldsBindLoadsTheGeneratedZone(@ForAll("rows") List<String> domains) throws Exception {
        if (ZoneCheckers.findNamedCheckzone().isEmpty()) {
            return;
        }
        Path file = Files.createTempFile("protego-property", ".rpz");
        try {
            Files.writeString(file, ResponsePolicyZone.of(14, domains, null));

            var bind = ZoneCheckers.namedCheckzone(file);

            assertThat(bind.accepted()).as(bind.output()).isTrue();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<List<String>> rows() {
        Arbitrary<String> hostile = Arbitraries.of(HostileNames.ALL).map(HostileNames.Hostile::name);
        Arbitrary<String> valid = Arbitraries.of(HostileNames.VALID_EDGES);
        Arbitrary<String> random = Arbitraries.strings()
                .withChars("abcz09-.*;()$\\ \n_")
                .ofMaxLength(40)
                .map(text -> text + ".example.org");
        return Arbitraries.oneOf(hostile, valid, random).list().ofMaxSize(12);
    }

    private static List<String> records(String zone) {
        List<String> records = new ArrayList<>(zone.lines().toList());
        return records.subList(4, records.size());
    }
}
