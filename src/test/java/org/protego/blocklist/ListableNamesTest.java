package org.protego.blocklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which names may be listed whole, and which hosts may carry a URL entry. */
class ListableNamesTest {

    static Stream<HostileNames.Hostile> hostileNames() {
        return HostileNames.ALL.stream();
    }

    static Stream<String> validEdges() {
        return HostileNames.VALID_EDGES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileNames")
    void hostileNameIsRefusedWithItsReason(HostileNames.Hostile hostile) {
        assertThat(ListableNames.problemWithDedicatedDomain(hostile.name())).contains(hostile.reason());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validEdges")
    void nameAtTheEdgeOfTheRulesIsAccepted(String name) {
        assertThat(ListableNames.problemWithDedicatedDomain(name)).isEmpty();
    }

    @Test
    void aNameOf253CharactersIsAValidHostNameButLeavesNoRoomForTheZone() {
        assertThat(HostileNames.LONGEST_NAME).hasSize(253);
        assertThat(ListableNames.problemWithHostName(HostileNames.LONGEST_NAME)).isEmpty();
        assertThat(ListableNames.problemWithDedicatedDomain(HostileNames.LONGEST_NAME))
                .contains(BlocklistError.DOMAIN_TOO_LONG_FOR_ZONE);
        assertThat(HostileNames.LONGEST_LISTABLE).hasSize(ResponsePolicyZone.LONGEST_DOMAIN);
        assertThat(HostileNames.TOO_LONG_FOR_ZONE).hasSize(ResponsePolicyZone.LONGEST_DOMAIN + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"com", "de", "co.uk", "blogspot.com", "github.io", "example", "localhost", "xn--p1ai"})
    void urlWhoseHostIsAPublicSuffixOrTopLevelGetsNoEntry(String host) {
        assertThat(ListableNames.problemWithUrlHost(host)).contains(BlocklistError.HOST_IS_PUBLIC_SUFFIX);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "site-1.example",
                "abuse.example.org",
                "abuse.blogspot.com",
                "www.bbc.co.uk",
                "192.0.2.1",
                "[2001:db8::1]",
                "3232235777",
                "a;b.example.org"
            })
    void urlOnOneSiteOrAddressGetsAnEntry(String host) {
        assertThat(ListableNames.problemWithUrlHost(host)).isEmpty();
    }

    @Property
    void everyAcceptedNameIsSafeToWriteAsAnOwnerName(@ForAll("nameLikeText") String name) {
        if (ListableNames.problemWithDedicatedDomain(name).isEmpty()) {
            assertThat(name).matches("[A-Za-z0-9.-]+").hasSizeLessThanOrEqualTo(ResponsePolicyZone.LONGEST_DOMAIN);
            assertThat(name.split("\\.", -1))
                    .hasSizeGreaterThan(1)
                    .allSatisfy(label -> assertThat(label)
                            .hasSizeBetween(1, 63)
                            .doesNotStartWith("-")
                            .doesNotEndWith("-"));
        }
    }

    @Property
    void aNameHoldingAnyCharacterBesidesLettersDigitsHyphensAndDotsIsRefused(
            @ForAll("registrableName") String name,
            @ForAll("forbiddenCharacter") char forbidden,
            @ForAll("position") double where) {
        int at = (int) (where * name.length());
        String hostile = name.substring(0, at) + forbidden + name.substring(at);
        assertThat(ListableNames.problemWithDedicatedDomain(hostile)).isPresent();
    }

    @Property
    void aRegistrableNameMadeOfValidLabelsIsAccepted(@ForAll("registrableName") String name) {
        assertThat(ListableNames.problemWithDedicatedDomain(name)).isEmpty();
    }

    @Property
    void aLabelOver63CharactersIsRefused(@ForAll("registrableName") String name, @ForAll("longLabel") String label) {
        assertThat(ListableNames.problemWithDedicatedDomain(label + "." + name))
                .get()
                .isIn(BlocklistError.DOMAIN_LABEL_LENGTH, BlocklistError.DOMAIN_LENGTH);
    }

    @Provide
    Arbitrary<String> nameLikeText() {
        return Arbitraries.strings()
                .withChars("abcz09-._*;()$\\ \n\tAZé")
                .withCharRange('\u0000', '\u007f')
                .ofMaxLength(300);
    }

    @Provide
    Arbitrary<String> registrableName() {
        Arbitrary<String> label = Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyz0123456789")
                .ofMinLength(1)
                .ofMaxLength(10)
                .flatMap(edge -> Arbitraries.strings()
                        .withChars("abcdefghijklmnopqrstuvwxyz0123456789-")
                        .ofMaxLength(20)
                        .map(middle -> edge + middle + edge))
                .filter(candidate -> !candidate.startsWith("xn--"));
        Arbitrary<String> suffix = Arbitraries.of("com", "org", "de", "co.uk", "blogspot.com", "xn--p1ai");
        return label.list()
                .ofMinSize(1)
                .ofMaxSize(4)
                // "abuse" first, so that no name is by chance an entry of the Public Suffix List itself.
                .flatMap(labels -> suffix.map(end -> "abuse" + String.join(".", labels) + "." + end))
                .filter(name -> name.length() <= ResponsePolicyZone.LONGEST_DOMAIN);
    }

    @Provide
    Arbitrary<Character> forbiddenCharacter() {
        return Arbitraries.chars()
                .filter(c -> !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9'))
                .filter(c -> c != '-' && c != '.');
    }

    @Provide
    Arbitrary<Double> position() {
        return Arbitraries.doubles().between(0, 1).filter(d -> d < 1);
    }

    @Provide
    Arbitrary<String> longLabel() {
        return Arbitraries.strings().withChars("abcxyz019").ofMinLength(64).ofMaxLength(80);
    }
}
