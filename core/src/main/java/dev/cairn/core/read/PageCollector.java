package dev.cairn.core.read;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.ItemCodec;
import dev.cairn.core.expression.ConditionExpression;
import dev.cairn.core.expression.ProjectionExpression;
import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gathers one page of a Query or Scan from a cursor as DynamoDB does: items are evaluated in order
 * until Limit items were evaluated or 1 MB was read; the filter then decides which evaluated items
 * are returned. When the page stops at Limit, or at 1 MB with more rows left, the last evaluated
 * item's key becomes LastEvaluatedKey.
 */
final class PageCollector {

    /** DynamoDB reads at most 1 MB of items per Query or Scan page. */
    static final long MAX_PAGE_BYTES = 1024 * 1024;

    private PageCollector() {}

    /** How the rows of a cursor become items: which rows count, what item each shows, and its key. */
    interface Entries {
        boolean holds(Row row);

        /** The item the row shows, with the size DynamoDB counts for it; null when there is none to evaluate. */
        ItemCodec.Sized item(Row row);

        Map<String, AttributeValue> key(Map<String, AttributeValue> item);
    }

    /** One page and what it cost. */
    record Page(List<Map<String, AttributeValue>> items, int count, int scannedCount,
            Map<String, AttributeValue> lastEvaluatedKey, long bytesRead) {}

    /**
     * @param moreAfterLimit whether a page that reached Limit may have more items: DynamoDB then
     *     returns LastEvaluatedKey without looking further (not so for a Query on a table whose only
     *     key is the partition key, which can match one item at most)
     */
    static Page collect(RowCursor rows, Entries entries, int limit, ConditionExpression filter,
            ProjectionExpression projection, boolean countOnly, boolean moreAfterLimit) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int count = 0;
        int scanned = 0;
        long bytesRead = 0;
        Map<String, AttributeValue> last = null;
        while (scanned < limit && bytesRead < MAX_PAGE_BYTES && rows.hasNext()) {
            Row row = rows.next();
            if (!entries.holds(row)) {
                continue;
            }
            ItemCodec.Sized sized = entries.item(row);
            if (sized == null) {
                continue; // a lock on an item yet to be created, or an entry whose item just went away
            }
            Map<String, AttributeValue> item = sized.item();
            scanned++;
            bytesRead += sized.size();
            last = item;
            if (filter != null && !filter.test(item)) {
                continue;
            }
            count++;
            if (!countOnly) {
                items.add(projection == null ? item : projection.apply(item));
            }
        }
        Map<String, AttributeValue> lastEvaluatedKey = null;
        boolean stoppedByLimit = scanned >= limit && moreAfterLimit;
        if (last != null && (stoppedByLimit || (bytesRead >= MAX_PAGE_BYTES && hasMore(rows, entries)))) {
            lastEvaluatedKey = entries.key(last);
        }
        return new Page(items, count, scanned, lastEvaluatedKey, bytesRead);
    }

    private static boolean hasMore(RowCursor rows, Entries entries) {
        while (rows.hasNext()) {
            if (entries.holds(rows.next())) {
                return true;
            }
        }
        return false;
    }
}
