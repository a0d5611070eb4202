package dev.cairn.backend.rocksdb;

import dev.cairn.spi.storage.StorageException;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Keeps native handles from being used after they are freed: a call into RocksDB on a closed
 * handle crashes the JVM instead of throwing. Every operation holds the shared side while it runs;
 * closing takes the exclusive side, so it waits for running operations, and later ones fail cleanly.
 */
final class OpenGuard {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final String description;
    private boolean closed;

    OpenGuard(String description) {
        this.description = description;
    }

    /** Enters an operation; pair with {@link #exit()} in a finally block. */
    void enter() {
        lock.readLock().lock();
        if (closed) {
            lock.readLock().unlock();
            throw StorageException.permanent(description + " is closed", null);
        }
    }

    void exit() {
        lock.readLock().unlock();
    }

    /**
     * Runs {@code action} alone, after every running operation has finished and before any new one
     * starts (to swap the native handles); false, without running it, when already closed.
     */
    boolean exclusively(Runnable action) {
        lock.writeLock().lock();
        try {
            if (closed) {
                return false;
            }
            action.run();
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs {@code release} once, after every running operation has finished. */
    void close(Runnable release) {
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                release.run();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
