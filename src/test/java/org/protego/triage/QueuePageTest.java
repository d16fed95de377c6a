package org.protego.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The analyst's queue page: every open report can be reached page by page, filtered, sorted and bookmarked. */
@ProtegoTest
class QueuePageTest {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Api.StaffUser analyst;
    Api browser;
    List<String> submitted = new ArrayList<>();

    @BeforeEach
    void signIn() {
        api = new Api(port);
        analyst = api.createUser("hotline", "ANALYST");
        browser = new Api(port);
        browser.signIn(analyst);
    }

    /** Every test awaits its reports in the queue; closing them keeps them from crowding other tests' first pages. */
    @AfterEach
    void closeSubmittedReports() {
        for (String reference : submitted) {
            String id = jdbc.sql("select report_id::text from triage_report where reference = :reference")
                    .param("reference", reference)
                    .query(String.class)
                    .single();
            assertThat(api.postJson("/api/v1/reports/" + id + "/close", analyst.token(), Map.of())
                            .status())
                    .isEqualTo(200);
        }
    }

    Document page(String path) {
        var response = browser.get(path, null);
        assertThat(response.status()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    static List<String> referencesOn(Document page) {
        return page.select("tr[id^=queue-]").stream()
                .map(row -> row.id().substring("queue-".length()))
                .toList();
    }

    String submit(Map<String, Object> report) {
        String reference = api.submitReport(report).get("reference").asString();
        submitted.add(reference);
        return reference;
    }

    /** Waits until triage filed the report, which it does after the report's intake committed. */
    void awaitFiled(String reference) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> referencesOn(page("/staff/queue?sort=newest")).contains(reference));
    }

    @Test
    void aFilteredQueueIsPagedThroughPastItsFirstPageAndEveryPageKeepsTheFilters() {
        Set<String> mine = new HashSet<>();
        for (int i = 0; i <= TriageController.QUEUE_PAGE_SIZE; i++) {
            mine.add(submit(
                    Map.of("category", "travel_and_tourism", "description", "paged " + i, "childInDanger", true)));
        }
        String first = "/staff/queue?category=travel_and_tourism&channel=api&danger=true&sort=newest";
        await().atMost(Duration.ofSeconds(60)).until(() -> firstTwoPages(first).containsAll(mine));

        Document firstPage = page(first);
        assertThat(referencesOn(firstPage)).hasSize(TriageController.QUEUE_PAGE_SIZE);
        String next = firstPage.select("a#queue-next").attr("href");
        assertThat(next)
                .contains("category=travel_and_tourism")
                .contains("channel=api")
                .contains("danger=true")
                .contains("sort=newest")
                .contains("page=2");
        Document secondPage = page(next);
        assertThat(secondPage.select("a#queue-previous").attr("href"))
                .contains("category=travel_and_tourism")
                .contains("page=1");
        assertThat(secondPage.select("#category option[selected]").attr("value"))
                .isEqualTo("travel_and_tourism");
        assertThat(secondPage.select("#channel option[selected]").attr("value")).isEqualTo("api");
        assertThat(secondPage.select("#danger").hasAttr("checked")).isTrue();
    }

    /** The references on the first page and the one its next link leads to, as a person would follow it. */
    List<String> firstTwoPages(String first) {
        Document page = page(first);
        List<String> references = new ArrayList<>(referencesOn(page));
        String next = page.select("a#queue-next").attr("href");
        if (!next.isEmpty()) {
            references.addAll(referencesOn(page(next)));
        }
        return references;
    }

    @Test
    void filtersLeaveOutReportsOfOtherCategoriesChannelsAndThoseWithoutDanger() {
        String wanted = submit(Map.of("category", "prostitution", "description", "wanted", "childInDanger", true));
        String calm = submit(Map.of("category", "prostitution", "description", "calm"));
        String otherCategory =
                submit(Map.of("category", "grooming", "description", "other category", "childInDanger", true));
        awaitFiled(wanted);
        awaitFiled(calm);
        awaitFiled(otherCategory);

        // Newest first: had they matched, the other two would be on this first page with the wanted one.
        assertThat(referencesOn(page("/staff/queue?category=prostitution&channel=api&danger=true&sort=newest")))
                .contains(wanted)
                .doesNotContain(calm, otherCategory);
        assertThat(referencesOn(page("/staff/queue?category=prostitution&channel=phone&sort=newest")))
                .doesNotContain(wanted, calm);
    }

    @Test
    void newestFirstAndOldestFirstAreOppositeOrders() {
        String earlier = submit(Map.of("category", "other", "description", "earlier"));
        String later = submit(Map.of("category", "other", "description", "later"));
        awaitFiled(earlier);
        awaitFiled(later);

        List<String> newest = referencesOn(page("/staff/queue?sort=newest"));
        List<String> oldest = lastTwoPages("/staff/queue?sort=oldest");

        assertThat(newest.indexOf(later)).isNotNegative().isLessThan(newest.indexOf(earlier));
        assertThat(oldest.indexOf(earlier)).isNotNegative().isLessThan(oldest.indexOf(later));
    }

    /** The references on the last two pages, in order: a page far beyond the end shows the last one. */
    List<String> lastTwoPages(String path) {
        Document last = page(path + "&page=100000");
        List<String> references = new ArrayList<>();
        String previous = last.select("a#queue-previous").attr("href");
        if (!previous.isEmpty()) {
            references.addAll(referencesOn(page(previous)));
        }
        references.addAll(referencesOn(last));
        return references;
    }

    @Test
    void aPageBeyondTheLastShowsTheLastPage() {
        String plain = submit(Map.of("category", "other", "description", "last page"));
        awaitFiled(plain);

        Document beyond = page("/staff/queue?sort=oldest&page=100000");

        assertThat(referencesOn(beyond)).contains(plain);
        assertThat(beyond.select("a#queue-next")).isEmpty();
    }

    @Test
    void aChildInImmediateDangerIsHighlightedAndSaidInWords() {
        String danger = submit(Map.of("category", "trafficking", "description", "now", "childInDanger", true));
        awaitFiled(danger);

        var row = page("/staff/queue?sort=newest").selectFirst("#queue-" + danger);

        assertThat(row).isNotNull();
        assertThat(row.hasClass("queue-row--danger")).isTrue();
        assertThat(row.text()).contains(messages.getMessage("queue.flag.danger", null, Locale.ENGLISH));
    }

    @Test
    void aReportWithoutFlagsSaysItsPriorityIsStandardInsteadOfLeavingTheCellEmpty() {
        String plain = submit(Map.of("category", "other", "description", "no flags"));
        awaitFiled(plain);

        var row = page("/staff/queue?sort=newest").selectFirst("#queue-" + plain);

        assertThat(row).isNotNull();
        assertThat(row.hasClass("queue-row--danger")).isFalse();
        assertThat(row.text()).contains(messages.getMessage("queue.flag.none", null, Locale.ENGLISH));
        assertThat(row.select("td")).allSatisfy(cell -> assertThat(cell.text()).isNotBlank());
    }

    @Test
    void theQueueKeepsItsFrenchHeadingsAndItsArabicDirection() {
        Document french = page("/staff/queue?lang=fr");
        assertThat(french.select("html").attr("lang")).isEqualTo("fr");
        assertThat(french.select("h1").text()).isEqualTo(messages.getMessage("queue.heading", null, Locale.FRENCH));

        Document arabic = page("/staff/queue?lang=ar");
        assertThat(arabic.select("html").attr("lang")).isEqualTo("ar");
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("h1").text())
                .isEqualTo(messages.getMessage("queue.heading", null, Locale.forLanguageTag("ar")));
    }

    @Test
    void everyFilterHasALabelAndIsSentByAnOrdinaryFormWithoutJavaScript() {
        Document queue = page("/staff/queue");

        for (var control : queue.select("#queue-filters select, #queue-filters input")) {
            assertThat(queue.select("label[for=" + control.id() + "]"))
                    .as(control.id())
                    .isNotEmpty();
        }
        assertThat(queue.select("#queue-filters").attr("method")).isEqualTo("get");
        assertThat(queue.select("#queue-filters button[type=submit]")).hasSize(1);
        assertThat(queue.select("script")).isEmpty();
    }

    @Test
    void aHelplineOperatorCannotOpenTheQueue() {
        var operator = new Api(port);
        operator.signIn(api.createUser("hotline", "HELPLINE_OPERATOR"));

        assertThat(operator.get("/staff/queue", null).status()).isEqualTo(403);
    }
}
