package dev.cairn.backend.memory;

import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.kv.KeyLayout;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A cursor over encoded map entries, stopping after a limit. The entries come from weakly
 * consistent skip-list iterators, so iterating while others write is safe; values are copied
 * because the caller owns what it receives.
 */
final class EntryCursor implements RowCursor {

    private final Iterator<Map.Entry<byte[], byte[]>> entries;
    private int remaining;

    EntryCursor(Iterator<Map.Entry<byte[], byte[]>> entries, int limit) {
        this.entries = entries;
        this.remaining = limit;
    }

    static EntryCursor empty() {
        return new EntryCursor(Collections.emptyIterator(), 0);
    }

    @Override
    public boolean hasNext() {
        return remaining > 0 && entries.hasNext();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        remaining--;
        Map.Entry<byte[], byte[]> entry = entries.next();
        return KeyLayout.row(entry.getKey(), entry.getValue().clone());
    }

    @Override
    public void close() {
        remaining = 0;
    }
}
