package dev.cairn.spi.storage;

import java.util.Iterator;

/** Rows read lazily from a store. Must be closed; closing twice is harmless. */
public interface RowCursor extends Iterator<Row>, AutoCloseable {

    @Override
    void close();
}
