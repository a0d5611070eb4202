package dev.cairn.spi.storage;

import java.util.function.Supplier;

/**
 * Marks the writes a thread makes as ones the store may acknowledge before they are durable,
 * because the caller will wait for {@link Store#durable()} before it tells anyone they happened.
 *
 * <p>Why: a store that syncs its log for every acknowledged write keeps a thread waiting on the
 * disk for each one. A network front end instead lets the write return at once and sends the
 * answer when a later sync, shared by every write that came before it (group commit), completes;
 * the thread is free meanwhile. What a client is told is durable stays durable either way.
 *
 * <p>Inside {@link #run}, a store may return from {@link Store#apply}, {@link Store#transact} and
 * {@link Store#dropKeyspace} once the write is applied and ordered, before it is durable. Other
 * threads may read such a write before it is durable. Stores that make every write durable before
 * returning ignore this, which is always correct.
 */
public final class DeferredDurability {

    private static final ThreadFlag REQUESTED = new ThreadFlag();

    private DeferredDurability() {}

    /** Runs {@code writes} with deferred durability requested on this thread; nests. */
    public static <T> T run(Supplier<T> writes) {
        return REQUESTED.runWith(writes);
    }

    /** Whether this thread's writes may be acknowledged before they are durable. */
    public static boolean requested() {
        return REQUESTED.isSet();
    }
}
