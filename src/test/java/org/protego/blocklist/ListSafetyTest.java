package org.protego.blocklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The rules that hold a version for a second person and keep unlistable names off the list, without Spring. */
class ListSafetyTest {

    final ListSafety safety = new ListSafety(List.of("wikipedia.org", " Example.COM ", ""), 3);

    static ListSafety.Addition url(long id, String expression) {
        return new ListSafety.Addition(id, EntryKind.URL, expression.substring(0, expression.indexOf('/')), expression);
    }

    static ListSafety.Addition domain(long id, String domain) {
        return new ListSafety.Addition(id, EntryKind.DOMAIN, domain, domain + "/");
    }

    static List<ListSafety.Addition> pages(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> url(i, "abuse-" + i + ".example.org/page"))
                .toList();
    }

    @Test
    void versionAddingNoMoreThanTheCapIsPublishedAtOnce() {
        assertThat(safety.reasonsToHold(pages(3))).isEmpty();
    }

    @Test
    void versionAddingMoreThanTheCapIsHeldSayingHowMany() {
        assertThat(safety.reasonsToHold(pages(4)))
                .containsExactly(new HoldReason(HoldReason.CAP, "adds 4 entries, more than the cap of 3", null, 4, 3));
    }

    @Test
    void wholeAllowListedSiteIsHeldWhetherListedAsADomainOrAsItsFrontPage() {
        assertThat(safety.blocksACanary(domain(1, "de.wikipedia.org"))).isTrue();
        assertThat(safety.blocksACanary(url(2, "www.example.com/"))).isTrue();
        assertThat(safety.blocksACanary(domain(3, "org")))
                .as("a parent of a canary")
                .isTrue();
    }

    @Test
    void singlePageOnAnAllowListedSiteIsPublishedAtOnce() {
        assertThat(safety.blocksACanary(url(1, "en.wikipedia.org/wiki/Some_page")))
                .isFalse();
        assertThat(safety.reasonsToHold(List.of(url(1, "en.wikipedia.org/wiki/Some_page"))))
                .isEmpty();
    }

    @Test
    void unrelatedDomainIsPublishedAtOnce() {
        assertThat(safety.blocksACanary(domain(1, "notwikipedia.org"))).isFalse();
    }

    @Test
    void approverSeesEveryAllowListedSiteAVersionWouldBlock() {
        var reasons = safety.reasonsToHold(
                List.of(domain(1, "a.wikipedia.org"), domain(2, "b.wikipedia.org"), url(3, "example.com/")));

        assertThat(reasons).extracting(HoldReason::code).containsOnly(HoldReason.CANARY);
        assertThat(reasons)
                .extracting(HoldReason::expression)
                .containsExactly("a.wikipedia.org/", "b.wikipedia.org/", "example.com/");
    }

    @Test
    void registrableNamesPassTheNamingRules() {
        var screening = safety.screen(List.of(domain(1, "abuse.example.org"), url(2, "abuse.example.org/x")));

        assertThat(screening.accepted()).hasSize(2);
        assertThat(screening.refused()).isEmpty();
    }

    @Test
    void publicSuffixIsRefusedWhetherADomainOrTheHostOfAUrl() {
        var suffix = domain(1, "co.uk");
        var onSuffix = url(2, "com/x");
        var fine = url(3, "abuse.example.org/x");

        var screening = safety.screen(List.of(suffix, onSuffix, fine));

        assertThat(screening.accepted()).containsExactly(fine);
        assertThat(screening.refused())
                .containsExactly(
                        new ListSafety.Refusal(suffix, BlocklistError.PUBLIC_SUFFIX),
                        new ListSafety.Refusal(onSuffix, BlocklistError.HOST_IS_PUBLIC_SUFFIX));
    }

    @Test
    void nameAResolverWouldMisreadIsRefused() {
        var wildcard = domain(1, "*.de");

        assertThat(safety.screen(List.of(wildcard)).refused())
                .containsExactly(new ListSafety.Refusal(wildcard, BlocklistError.DOMAIN_CHARACTERS));
    }

    @Test
    void listedDomainOlderThanTheRulesMustLeaveTheList() {
        assertThat(safety.refusalOfListedDomain("com")).contains(BlocklistError.PUBLIC_SUFFIX);
        assertThat(safety.refusalOfListedDomain("abuse.example.org")).isEmpty();
    }
}
