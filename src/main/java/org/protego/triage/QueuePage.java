package org.protego.triage;

import java.util.List;

/**
 * One page of the queue, with how many open reports the query matches in all, so that a page can say where it is.
 *
 * @param entries the reports on this page, in the query's order
 * @param query what was asked for
 * @param total the open reports matching the query on every page
 */
public record QueuePage(List<QueueEntry> entries, QueueQuery query, long total) {

    public QueuePage {
        entries = List.copyOf(entries);
    }

    /** How many pages the matching reports fill; at least one, which may be empty. */
    public int pageCount() {
        return (int) Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
    }

    public boolean hasPrevious() {
        return query.page() > 1;
    }

    public boolean hasNext() {
        return query.page() < pageCount();
    }

    /** The position in the whole queue of this page's first report, counted from 1; 0 on an empty page. */
    public long firstPosition() {
        return entries.isEmpty() ? 0 : query.offset() + 1;
    }

    /** The position in the whole queue of this page's last report; 0 on an empty page. */
    public long lastPosition() {
        return entries.isEmpty() ? 0 : query.offset() + entries.size();
    }
}
