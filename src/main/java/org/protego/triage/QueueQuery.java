package org.protego.triage;

import org.protego.reports.Category;
import org.protego.reports.Channel;

/**
 * Which open reports of the analyst's organisation the queue shows, in what order, and which page of them.
 *
 * @param category only reports of this category, or every category when null
 * @param channel only reports that came this way, or every channel when null
 * @param childInDangerOnly only reports saying a child is in immediate danger
 * @param order the order of the whole queue, across its pages
 * @param page the page, counted from 1
 * @param pageSize reports a page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record QueueQuery(
        Category category, Channel channel, boolean childInDangerOnly, QueueOrder order, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 500;

    public QueueQuery {
        if (order == null) {
            order = QueueOrder.PRIORITY;
        }
        if (page < 1) {
            throw new IllegalArgumentException("Pages are counted from 1");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE_SIZE + " reports");
        }
    }

    /** Every open report, in priority order, a page of the given size at a time. */
    public static QueueQuery everything(int pageSize) {
        return new QueueQuery(null, null, false, QueueOrder.PRIORITY, 1, pageSize);
    }

    /** The same choice of reports and order, on another page. */
    public QueueQuery onPage(int otherPage) {
        return new QueueQuery(category, channel, childInDangerOnly, order, otherPage, pageSize);
    }

    long offset() {
        return (long) (page - 1) * pageSize;
    }
}
