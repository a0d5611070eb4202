package dev.cairn.spi.storage;

import java.util.function.Supplier;

/**
 * Marks the reads a thread makes as ones that must not wait, so an engine can serve a read on a
 * network event loop when the data is already in memory and hand it to a worker thread only when
 * it is not.
 *
 * <p>Inside {@link #attempt}, a store whose {@link StoreFeatures#nonBlockingReads()} is true
 * answers {@link Store#get}, {@link Store#range} and {@link Store#scan} (and its cursors) from
 * memory, or throws {@link WouldBlockException} where it would otherwise wait for I/O or a lock.
 * Reads change nothing, so the caller simply runs the same call again where blocking is allowed.
 * A store whose {@link StoreFeatures#nonBlockingWrites()} is true treats {@link Store#apply} the
 * same way: it throws, having written nothing, where it would wait, so a write too can be run
 * again elsewhere. Code above the store checks {@link #requested()} before anything of its own
 * that may wait.
 */
public final class NonBlockingReads {

    private static final ThreadFlag REQUESTED = new ThreadFlag();

    private NonBlockingReads() {}

    /** Runs {@code reads} with non-blocking reads requested on this thread; nests. */
    public static <T> T attempt(Supplier<T> reads) {
        return REQUESTED.runWith(reads);
    }

    /** Whether this thread's reads must not block. */
    public static boolean requested() {
        return REQUESTED.isSet();
    }

    /** Throws {@link WouldBlockException} when this thread's reads must not block; call before waiting. */
    public static void checkMayBlock() {
        if (requested()) {
            throw WouldBlockException.INSTANCE;
        }
    }
}
