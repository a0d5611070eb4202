package dev.cairn.core.transaction;

import dev.cairn.core.write.TableGates;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.locks.Lock;

/**
 * The shared gates of every table a transaction touches, taken in name order (the same order for
 * every transaction, so two transactions and an index change never wait on each other in a cycle)
 * and held for the whole transaction: an index created meanwhile is either seen by all of its
 * writes or by none.
 */
final class TableGateSet implements AutoCloseable {

    private final List<Lock> held = new ArrayList<>();

    TableGateSet(TableGates gates, Iterable<String> tableNames) {
        TreeSet<String> ordered = new TreeSet<>();
        tableNames.forEach(ordered::add);
        for (String name : ordered) {
            Lock lock = gates.of(name).readLock();
            lock.lock();
            held.add(lock);
        }
    }

    @Override
    public void close() {
        for (int i = held.size() - 1; i >= 0; i--) {
            held.get(i).unlock();
        }
    }
}
