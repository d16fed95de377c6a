package org.protego.identity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.protego.shared.Languages;
import org.protego.shared.WorkCount;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff navigation bar of one page: the items the signed-in member's roles allow, in a fixed order, each with the
 * number of things waiting where its module counts them, which item the page belongs to, and who is signed in.
 * Counts are taken only when the page shows them, once per page. Methods are public only for the templates.
 */
final class StaffNavigation {

    /**
     * One destination: {@code name} makes its element ids, {@code section} is the path prefix of the pages under it,
     * {@code navKey} and {@code homeKey} name it in the bar and on the start page.
     */
    record Item(
            String name,
            String path,
            String section,
            String navKey,
            String homeKey,
            Set<Role> seenBy,
            WorkCount.Item counted) {

        public String id() {
            return "nav-" + name;
        }

        public String homeId() {
            return name + "-link";
        }

        /** The message that says what the number beside the item counts. */
        public String countKey() {
            return counted == null ? null : "nav.count." + counted.name();
        }

        boolean seenByAnyOf(Set<Role> roles) {
            return roles.stream().anyMatch(seenBy::contains);
        }

        boolean holds(String page) {
            return page.equals(path) || page.equals(section) || page.startsWith(section + "/");
        }
    }

    /** What the bar offers, and to whom: the same rules as the staff start page, which lists the same work. */
    static final List<Item> ITEMS = List.of(
            new Item(
                    "queue",
                    "/staff/queue",
                    "/staff/queue",
                    "nav.queue",
                    "staff.queue",
                    Set.of(Role.ANALYST),
                    WorkCount.Item.QUEUE),
            new Item(
                    "url-search",
                    "/staff/url-items",
                    "/staff/url-items",
                    "nav.urlSearch",
                    "staff.urlSearch",
                    Set.of(Role.ANALYST),
                    null),
            new Item(
                    "takedown",
                    "/staff/takedown",
                    "/staff/takedown",
                    "nav.takedown",
                    "staff.takedown",
                    Set.of(Role.ANALYST),
                    WorkCount.Item.TAKEDOWN),
            new Item(
                    "blocklist",
                    "/staff/blocklist",
                    "/staff/blocklist",
                    "nav.blocklist",
                    "staff.blocklist",
                    Set.of(Role.ANALYST, Role.SUPERVISOR),
                    WorkCount.Item.BLOCKLIST),
            new Item(
                    "hash-lists",
                    "/admin/hash-lists",
                    "/admin/hash-lists",
                    "nav.hashLists",
                    "admin.hashLists",
                    Set.of(Role.ADMIN),
                    null),
            new Item(
                    "indicators",
                    "/staff/indicators",
                    "/staff/indicators",
                    "nav.indicators",
                    "staff.indicators",
                    Set.of(Role.SUPERVISOR, Role.ADMIN),
                    null),
            new Item(
                    "annual-reports",
                    "/staff/monitoring/reports",
                    "/staff/monitoring/reports",
                    "nav.annualReports",
                    "staff.annualReports",
                    Set.of(Role.MONITOR),
                    null),
            new Item(
                    "helpline",
                    "/staff/helpline/reports/new",
                    "/staff/helpline",
                    "nav.helpline",
                    "staff.helpline",
                    Set.of(Role.HELPLINE_OPERATOR),
                    null),
            new Item(
                    "cases",
                    "/staff/cases",
                    "/staff/cases",
                    "nav.cases",
                    "staff.cases",
                    Set.of(Role.CASE_WORKER, Role.SUPERVISOR),
                    null),
            new Item(
                    "case-overview",
                    "/staff/cases/overview",
                    "/staff/cases/overview",
                    "nav.caseOverview",
                    "staff.caseOverview",
                    Set.of(Role.SUPERVISOR),
                    null),
            new Item(
                    "directory",
                    "/staff/directory",
                    "/staff/directory",
                    "nav.directory",
                    "staff.directory",
                    Set.of(Role.CASE_WORKER, Role.SUPERVISOR, Role.SERVICE_PROVIDER, Role.ADMIN),
                    null),
            new Item(
                    "referrals",
                    "/staff/referrals",
                    "/staff/referrals",
                    "nav.referrals",
                    "staff.referrals",
                    Set.of(Role.SERVICE_PROVIDER, Role.CASE_WORKER, Role.SUPERVISOR),
                    WorkCount.Item.REFERRALS),
            new Item(
                    "feedback",
                    "/staff/feedback",
                    "/staff/feedback",
                    "nav.feedback",
                    "staff.feedback",
                    Set.of(Role.SERVICE_PROVIDER, Role.SUPERVISOR),
                    null),
            new Item(
                    "monitoring",
                    "/staff/monitoring",
                    "/staff/monitoring",
                    "nav.monitoring",
                    "staff.monitoring",
                    Set.of(Role.MONITOR, Role.ADMIN, Role.SUPERVISOR),
                    WorkCount.Item.COMMITMENTS),
            new Item(
                    "company",
                    "/staff/company",
                    "/staff/company",
                    "nav.company",
                    "staff.company",
                    Set.of(Role.COMPANY),
                    null),
            new Item("admin", "/admin", "/admin", "nav.admin", "staff.admin", Set.of(Role.ADMIN), null));

    /** The reports page belongs to the queue it is opened from. */
    private static final String REPORT_PAGES = "/staff/reports/";

    private final StaffMember member;
    private final String page;
    private final String query;
    private final List<WorkCount> counts;
    private final Map<WorkCount.Item, Long> taken = new EnumMap<>(WorkCount.Item.class);

    StaffNavigation(StaffMember member, String page, String query, List<WorkCount> counts) {
        this.member = member;
        this.page = page;
        this.query = query;
        this.counts = counts;
    }

    public StaffMember member() {
        return member;
    }

    /** The items this member's roles allow, in the bar's order. */
    public List<Item> items() {
        List<Item> shown = new ArrayList<>();
        for (Item item : ITEMS) {
            if (item.seenByAnyOf(member.roles())) {
                shown.add(item);
            }
        }
        return shown;
    }

    /**
     * {@code page} for the item's own page, {@code true} for a page under it, null otherwise: what {@code aria-current}
     * says. Administration is not current on the hash lists, which have their own item.
     */
    public String current(Item item) {
        if (page.equals(item.path())) {
            return "page";
        }
        if (item.counted() == WorkCount.Item.QUEUE && page.startsWith(REPORT_PAGES)) {
            return "true";
        }
        boolean underAnother = ITEMS.stream()
                .anyMatch(other -> other != item
                        && other.section().length() > item.section().length()
                        && other.holds(page));
        return item.holds(page) && !underAnother ? "true" : null;
    }

    /** What {@code aria-current} says on the link to the member's own account. */
    public String accountCurrent() {
        return page.equals(AccountController.ACCOUNT_PAGE) ? "page" : null;
    }

    /** The number beside the item, or null where it has none or the member may not see it. */
    public Long count(Item item) {
        if (item.counted() == null) {
            return null;
        }
        return counts.stream()
                .filter(count -> count.item() == item.counted())
                .filter(count -> member.roles().stream().map(Role::name).anyMatch(count.roles()::contains))
                .findFirst()
                .map(count -> taken.computeIfAbsent(item.counted(), ignored -> count.count(member.organisationId())))
                .orElse(null);
    }

    public List<Locale> languages() {
        return Languages.OFFERED;
    }

    /** Where the language form returns to: this page as it was asked for, without a language of its own. */
    public String returnPath() {
        String withQuery = query == null ? page : page + "?" + query;
        return UriComponentsBuilder.fromUriString(withQuery)
                .replaceQueryParam("lang")
                .build()
                .toUriString();
    }

    /** A path on this site under the staff or administration pages, or else the fallback: never another site. */
    static String safeReturnPath(String wanted, String fallback) {
        boolean local = wanted != null
                && (wanted.startsWith("/staff") || wanted.startsWith("/admin"))
                && !wanted.contains("//")
                && !wanted.contains("\\")
                && wanted.chars().noneMatch(Character::isISOControl);
        return local ? wanted : fallback;
    }
}
