package org.protego.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.protego.shared.WorkCount;

/** The staff navigation bar offers what the member's roles allow, marks where they are, and counts waiting work. */
class StaffNavigationTest {

    static final UUID HOTLINE = UUID.randomUUID();

    @Test
    void anAnalystSeesTheQueueUrlSearchTakedownAndBlockListButNotAdministration() {
        var bar = bar("/staff", Role.ANALYST);

        assertThat(ids(bar)).containsExactly("nav-queue", "nav-url-search", "nav-takedown", "nav-blocklist");
    }

    @Test
    void anAdministratorSeesHashListsIndicatorsTheDirectoryAndAdministrationButNotTheQueue() {
        var bar = bar("/admin", Role.ADMIN);

        assertThat(ids(bar))
                .containsExactly("nav-hash-lists", "nav-indicators", "nav-directory", "nav-monitoring", "nav-admin");
    }

    @Test
    void thoseWhoReferChildrenAndServiceProvidersSeeTheServiceDirectoryWhichAnAnalystDoesNot() {
        assertThat(ids(bar("/staff", Role.SERVICE_PROVIDER))).contains("nav-directory");
        assertThat(ids(bar("/staff", Role.CASE_WORKER))).contains("nav-directory");
        assertThat(ids(bar("/staff", Role.SUPERVISOR))).contains("nav-directory");
        assertThat(ids(bar("/staff", Role.ANALYST))).doesNotContain("nav-directory");
    }

    @Test
    void aSupervisorSeesTheCaseloadOverviewWhichACaseWorkerDoesNot() {
        assertThat(ids(bar("/staff", Role.SUPERVISOR))).contains("nav-case-overview");
        assertThat(ids(bar("/staff", Role.CASE_WORKER))).doesNotContain("nav-case-overview");
    }

    @Test
    void aHelplineOperatorSeesOnlyTheHelplineForm() {
        assertThat(ids(bar("/staff", Role.HELPLINE_OPERATOR))).containsExactly("nav-helpline");
    }

    @Test
    void anIndustryMemberSeesNothing() {
        assertThat(ids(bar("/staff", Role.INDUSTRY))).isEmpty();
    }

    @Test
    void theItemOfThePageIsMarkedAsThePageAndItsSubPagesAsWithinIt() {
        var onQueue = bar("/staff/queue", Role.ANALYST);
        var onReport = bar("/staff/reports/" + UUID.randomUUID(), Role.ANALYST);
        var onDirectory = bar("/staff/takedown/directory", Role.ANALYST);

        assertThat(onQueue.current(item(onQueue, "nav-queue"))).isEqualTo("page");
        assertThat(onQueue.current(item(onQueue, "nav-takedown"))).isNull();
        assertThat(onReport.current(item(onReport, "nav-queue"))).isEqualTo("true");
        assertThat(onDirectory.current(item(onDirectory, "nav-takedown"))).isEqualTo("true");
        assertThat(onDirectory.current(item(onDirectory, "nav-queue"))).isNull();
    }

    @Test
    void administrationIsNotMarkedOnTheHashListsWhichHaveTheirOwnItem() {
        var bar = bar("/admin/hash-lists", Role.ADMIN);

        assertThat(bar.current(item(bar, "nav-hash-lists"))).isEqualTo("page");
        assertThat(bar.current(item(bar, "nav-admin"))).isNull();
        assertThat(bar("/admin/users", Role.ADMIN).current(item(bar, "nav-admin")))
                .isEqualTo("true");
    }

    @Test
    void countsAreTakenForTheMembersOrganisationOncePerPage() {
        var asked = new AtomicInteger();
        var bar = new StaffNavigation(
                member(Role.ANALYST), "/staff", null, List.of(count(WorkCount.Item.QUEUE, 7, asked)));

        assertThat(bar.count(item(bar, "nav-queue"))).isEqualTo(7);
        assertThat(bar.count(item(bar, "nav-queue"))).isEqualTo(7);
        assertThat(asked).hasValue(1);
        assertThat(bar.count(item(bar, "nav-url-search"))).isNull();
    }

    @Test
    void aCountIsNotShownToARoleItsModuleDoesNotShowItTo() {
        var asked = new AtomicInteger();
        var bar = new StaffNavigation(
                member(Role.SUPERVISOR),
                "/staff",
                null,
                List.of(new FixedCount(WorkCount.Item.BLOCKLIST, Set.of("ANALYST"), 3, asked)));

        assertThat(bar.count(item(bar, "nav-blocklist"))).isNull();
        assertThat(asked).hasValue(0);
    }

    @Test
    void referralsAreOfferedToServiceProvidersAndToThoseWhoReferButNotToAnalysts() {
        assertThat(ids(bar("/staff", Role.SERVICE_PROVIDER))).contains("nav-referrals");
        assertThat(ids(bar("/staff", Role.CASE_WORKER))).contains("nav-referrals");
        assertThat(ids(bar("/staff", Role.SUPERVISOR))).contains("nav-referrals");
        assertThat(ids(bar("/staff", Role.ANALYST))).doesNotContain("nav-referrals");
    }

    @Test
    void theLanguageFormReturnsToThePageWithoutItsOwnLanguageParameter() {
        var bar = new StaffNavigation(member(Role.ANALYST), "/staff/url-items", "url=a.example&lang=fr", List.of());

        assertThat(bar.returnPath()).isEqualTo("/staff/url-items?url=a.example");
    }

    @Test
    void onlyStaffAndAdministrationPagesOfThisSiteAreReturnedTo() {
        assertThat(StaffNavigation.safeReturnPath("/staff/queue", "/staff")).isEqualTo("/staff/queue");
        assertThat(StaffNavigation.safeReturnPath("https://evil.example/staff", "/staff"))
                .isEqualTo("/staff");
        assertThat(StaffNavigation.safeReturnPath("//evil.example/staff", "/staff"))
                .isEqualTo("/staff");
        assertThat(StaffNavigation.safeReturnPath("/staff//evil.example", "/staff"))
                .isEqualTo("/staff");
        assertThat(StaffNavigation.safeReturnPath("/report", "/staff")).isEqualTo("/staff");
        assertThat(StaffNavigation.safeReturnPath(null, "/staff")).isEqualTo("/staff");
    }

    private static StaffNavigation bar(String page, Role... roles) {
        return new StaffNavigation(member(roles), page, null, List.of());
    }

    private static StaffMember member(Role... roles) {
        return new StaffMember(UUID.randomUUID(), "someone", HOTLINE, "hotline", Set.of(roles));
    }

    private static List<String> ids(StaffNavigation bar) {
        return bar.items().stream().map(StaffNavigation.Item::id).toList();
    }

    private static StaffNavigation.Item item(StaffNavigation bar, String id) {
        return StaffNavigation.ITEMS.stream()
                .filter(item -> item.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static WorkCount count(WorkCount.Item item, long value, AtomicInteger asked) {
        return new FixedCount(item, Set.of("ANALYST", "SUPERVISOR"), value, asked);
    }

    private record FixedCount(WorkCount.Item item, Set<String> roles, long value, AtomicInteger asked)
            implements WorkCount {

        @Override
        public long count(UUID organisationId) {
            assertThat(organisationId).isEqualTo(HOTLINE);
            asked.incrementAndGet();
            return value;
        }
    }
}
