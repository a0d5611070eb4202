package dev.cairn.core.write;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One read-write lock per table name: item writes hold it shared; a change of the table's indexes
 * holds it exclusively while it switches the metadata, so that after the switch every write sees the
 * new index — the condition for an online backfill to miss nothing.
 */
public final class TableGates {

    private final Map<String, ReadWriteLock> gates = new ConcurrentHashMap<>();

    public ReadWriteLock of(String tableName) {
        return gates.computeIfAbsent(tableName, name -> new ReentrantReadWriteLock());
    }
}
