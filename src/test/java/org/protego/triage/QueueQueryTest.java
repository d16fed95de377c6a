package org.protego.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.reports.Category;
import org.protego.reports.Channel;

/** Where a page of the queue stands in the whole queue. No Spring, no database. */
class QueueQueryTest {

    static final QueueEntry ENTRY = new QueueEntry(
            UUID.randomUUID(), "PR-0000-0000", Category.OTHER, Channel.WEB, false, false, Instant.EPOCH, 1, 1);

    static QueuePage page(int page, int shown, long total) {
        return new QueuePage(
                Collections.nCopies(shown, ENTRY), new QueueQuery(null, null, false, null, page, 50), total);
    }

    @Test
    void anOrderLeftOutIsPriority() {
        assertThat(new QueueQuery(null, null, false, null, 1, 50).order()).isEqualTo(QueueOrder.PRIORITY);
    }

    @Test
    void aPageKnowsItsPositionsAndNeighbours() {
        QueuePage second = page(2, 50, 120);

        assertThat(second.pageCount()).isEqualTo(3);
        assertThat(second.firstPosition()).isEqualTo(51);
        assertThat(second.lastPosition()).isEqualTo(100);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isTrue();
    }

    @Test
    void theLastPageHasNoNextAndAnEmptyQueueHasOnePage() {
        QueuePage last = page(3, 20, 120);
        QueuePage empty = page(1, 0, 0);

        assertThat(last.hasNext()).isFalse();
        assertThat(last.lastPosition()).isEqualTo(120);
        assertThat(empty.pageCount()).isEqualTo(1);
        assertThat(empty.hasPrevious()).isFalse();
        assertThat(empty.hasNext()).isFalse();
        assertThat(empty.firstPosition()).isZero();
    }

    @Test
    void anotherPageKeepsTheFiltersAndTheOrder() {
        var query = new QueueQuery(Category.GROOMING, Channel.PHONE, true, QueueOrder.NEWEST_FIRST, 1, 50);

        assertThat(query.onPage(4))
                .isEqualTo(new QueueQuery(Category.GROOMING, Channel.PHONE, true, QueueOrder.NEWEST_FIRST, 4, 50));
    }

    @Test
    void pagesAreCountedFromOneAndHoldAtMostFiveHundred() {
        assertThatThrownBy(() -> new QueueQuery(null, null, false, null, 0, 50))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueueQuery(null, null, false, null, 1, 501))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPagesAddressNamesEveryChoiceSoThatItCanBeBookmarked() {
        var query = new QueueQuery(Category.GROOMING, Channel.IN_PERSON, true, QueueOrder.OLDEST_FIRST, 3, 50);

        assertThat(TriageController.address(query))
                .isEqualTo("/staff/queue?category=grooming&channel=in_person&danger=true&sort=oldest&page=3");
        assertThat(TriageController.address(QueueQuery.everything(50))).isEqualTo("/staff/queue?sort=priority&page=1");
    }
}
