package com.example.sortedstore;

import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowCursor;
import java.util.Iterator;
import java.util.List;

/**
 * A cursor over rows copied out of the store under its lock. Copying makes every read a snapshot,
 * so writes that happen while the caller iterates can never disturb the order it sees.
 */
final class ListCursor implements RowCursor {

    private final Iterator<Row> rows;

    ListCursor(List<Row> rows) {
        this.rows = List.copyOf(rows).iterator();
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public Row next() {
        return rows.next();
    }

    @Override
    public void close() {
        // nothing is held open
    }
}
