package dev.cairn.core.write;

import dev.cairn.api.model.AttributeValue;
import java.util.Map;

/**
 * A base-table row as core stores it: the item, if any, and the transaction that has prepared a
 * change to it, if any. A prepared transaction's lock can stand on a row with no item yet (a put
 * of a new item), so the item may be null while the row exists.
 *
 * @param item the committed item, or null when the row holds only a lock
 * @param lockingTransaction the id of the transaction holding the row, or null
 */
public record StoredItem(Map<String, AttributeValue> item, String lockingTransaction) {

    public boolean locked() {
        return lockingTransaction != null;
    }
}
