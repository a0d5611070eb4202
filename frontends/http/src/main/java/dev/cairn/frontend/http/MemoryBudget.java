package dev.cairn.frontend.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes the HTTP front end lets requests and the responses they build hold at once, shared by
 * every connection. A reservation is taken with one compare-and-set when the budget has room and
 * nobody waits; otherwise it joins a first-come-first-served queue and is granted when releases
 * make room, so a large request is not starved by a stream of small ones. A reservation larger than
 * the whole budget is cut to the whole budget: it is granted alone, when nothing else holds any.
 *
 * <p>Thread-safe. The queue is touched only when the budget is short (under a lock); the common
 * uncontended case is an {@link AtomicLong} update.
 */
final class MemoryBudget {

    /** A queued reservation; {@code onGrant} runs once its bytes are taken, on the releasing thread. */
    static final class Waiter {
        final long bytes;
        private final Runnable onGrant;

        private Waiter(long bytes, Runnable onGrant) {
            this.bytes = bytes;
            this.onGrant = onGrant;
        }
    }

    private final long total;
    private final AtomicLong available;
    private final ArrayDeque<Waiter> queue = new ArrayDeque<>(); // guarded by this
    /** Whether anyone waits: newcomers then queue behind them instead of taking bytes first. */
    private volatile boolean queued;

    MemoryBudget(long totalBytes) {
        if (totalBytes < 1) {
            throw new IllegalArgumentException("a memory budget must be positive: " + totalBytes);
        }
        this.total = totalBytes;
        this.available = new AtomicLong(totalBytes);
    }

    long total() {
        return total;
    }

    long available() {
        return available.get();
    }

    /** What a reservation of {@code bytes} actually takes: at most the whole budget. */
    long bounded(long bytes) {
        return Math.max(0, Math.min(bytes, total));
    }

    /** Takes {@code bytes} (already {@link #bounded}) if there is room and nobody waits. */
    boolean tryReserve(long bytes) {
        return !queued && take(bytes);
    }

    /**
     * Queues a reservation of {@code bytes} (already {@link #bounded}); {@code onGrant} runs once
     * they are taken, possibly at once on this thread. Cancel it with {@link #cancel}.
     */
    Waiter enqueue(long bytes, Runnable onGrant) {
        Waiter waiter = new Waiter(bytes, onGrant);
        List<Waiter> granted;
        synchronized (this) {
            queue.add(waiter);
            queued = true; // written before grant() reads the budget: a concurrent release sees one or the other
            granted = grant();
        }
        run(granted);
        return waiter;
    }

    /** Withdraws a queued reservation: true if it was still waiting, false if it was already granted. */
    boolean cancel(Waiter waiter) {
        boolean removed;
        List<Waiter> granted;
        synchronized (this) {
            removed = queue.remove(waiter);
            granted = removed ? grant() : List.of(); // the head leaving may let smaller ones behind it in
        }
        run(granted);
        return removed;
    }

    /** Gives back {@code bytes} taken by a reservation; grants the waiters that now fit, in order. */
    void release(long bytes) {
        if (bytes == 0) {
            return;
        }
        available.addAndGet(bytes);
        if (queued) {
            List<Waiter> granted;
            synchronized (this) {
                granted = grant();
            }
            run(granted);
        }
    }

    private List<Waiter> grant() {
        List<Waiter> granted = List.of();
        while (!queue.isEmpty() && take(queue.peek().bytes)) {
            if (granted.isEmpty()) {
                granted = new ArrayList<>(2);
            }
            granted.add(queue.poll());
        }
        queued = !queue.isEmpty();
        return granted;
    }

    private boolean take(long bytes) {
        long now;
        do {
            now = available.get();
            if (now < bytes) {
                return false;
            }
        } while (!available.compareAndSet(now, now - bytes));
        return true;
    }

    private static void run(List<Waiter> granted) {
        for (Waiter waiter : granted) {
            waiter.onGrant.run();
        }
    }
}
