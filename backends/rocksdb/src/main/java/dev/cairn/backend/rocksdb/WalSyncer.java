package dev.cairn.backend.rocksdb;

import dev.cairn.spi.storage.StorageException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongPredicate;
import org.rocksdb.RocksDBException;

/**
 * Group commit for writes acknowledged before their sync ({@code DeferredDurability}): one thread
 * syncs the write-ahead log for everyone who asked since its last sync began, then completes their
 * stages. Under load each sync covers every write that arrived while the previous one ran, so the
 * number of syncs per second stays what the disk allows while writes keep flowing.
 *
 * <p>Why this is enough: a write made with {@code sync=false} has put its log record in RocksDB's
 * log buffer when it returns (manual WAL flush, see {@link RocksDbSettings}), and the log is one
 * sequence. A stage asked for after the write returned is only completed by a flush and sync that
 * began after it was asked for, which cover that write and every earlier one. This is RocksDB's own
 * documented pairing of {@code Write} with a later {@code FlushWAL(true)}; unlike {@code sync=true},
 * the write is visible to readers before the sync.
 *
 * <p>A failed sync fails the stages of its batch only: the next batch tries again. When the store
 * is reopened after a failed write ({@link WriteFailureRecovery}), records left in the old log
 * buffer may be lost; each stage knows the generation (count of reopens) its writes were made in,
 * and is failed when that generation was one whose records were lost, even if a sync of the
 * reopened database succeeds.
 *
 * <p>A caller that made no deferred write of its own (a read, a write that failed) has nothing to
 * lose: when the sync fails because the log is broken (a full disk), its stage completes all the
 * same, so reads keep being answered while writes fail. What such a read saw may include rows of
 * writes that were never acknowledged and are gone after the reopen.
 */
final class WalSyncer implements AutoCloseable {

    /** Flushes and syncs the current database's log; returns the generation it synced. */
    @FunctionalInterface
    interface LogSync {
        long sync() throws RocksDBException;
    }

    /** A caller's stage, with the generation its writes were made in; -1 when it made none. */
    private static final class Pending extends CompletableFuture<Void> {
        final long writtenIn;

        Pending(long writtenIn) {
            this.writtenIn = writtenIn;
        }
    }

    private final LogSync logSync;
    private final LongPredicate lost;
    private final Object lock = new Object();
    private final Thread thread;
    private List<Pending> waiting = new ArrayList<>();
    private boolean closing;
    private volatile long syncsStarted;

    /** {@code lost} says whether records written in a generation may have been lost by a reopen. */
    WalSyncer(LogSync logSync, LongPredicate lost, String name) {
        this.logSync = logSync;
        this.lost = lost;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Completes after a sync of the log that began after this call, for writes made in generation
     * {@code writtenIn}, or -1 for a caller that made no deferred write since it last asked.
     */
    CompletionStage<Void> durable(long writtenIn) {
        Pending stage = new Pending(writtenIn);
        synchronized (lock) {
            if (closing) {
                stage.completeExceptionally(StorageException.permanent("the store is closed", null));
                return stage;
            }
            waiting.add(stage);
            if (waiting.size() == 1) {
                lock.notify();
            }
        }
        return stage;
    }

    private void run() {
        while (true) {
            List<Pending> batch;
            synchronized (lock) {
                while (waiting.isEmpty() && !closing) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        // Only close() stops this thread, after the last batch.
                    }
                }
                if (waiting.isEmpty()) {
                    return;
                }
                batch = waiting;
                waiting = new ArrayList<>();
            }
            syncsStarted++; // only this thread writes it
            long synced;
            try {
                synced = logSync.sync();
            } catch (RocksDBException e) {
                fail(batch, RocksDbErrors.wrap("sync the write-ahead log", e), RocksDbErrors.stopsWrites(e));
                continue;
            } catch (RuntimeException e) {
                fail(batch, e instanceof StorageException storage ? storage
                        : StorageException.permanent("sync the write-ahead log: " + e, e), false);
                continue;
            }
            for (Pending stage : batch) {
                if (stage.writtenIn >= 0 && stage.writtenIn != synced && lost.test(stage.writtenIn)) {
                    stage.completeExceptionally(StorageException.permanent("the write may be lost: its log record"
                            + " was not yet synced when a failed write made the store reopen", null));
                } else {
                    stage.complete(null);
                }
            }
        }
    }

    /** Fails the stages of writers; with a broken log, completes those that wrote nothing. */
    private static void fail(List<Pending> batch, StorageException failure, boolean logBroken) {
        for (Pending stage : batch) {
            if (logBroken && stage.writtenIn < 0) {
                stage.complete(null);
            } else {
                stage.completeExceptionally(failure);
            }
        }
    }

    /** How many syncs this syncer has begun, for tests. */
    long syncsStarted() {
        return syncsStarted;
    }

    /** Syncs for everyone still waiting, then stops the thread; later calls fail. */
    @Override
    public void close() {
        synchronized (lock) {
            closing = true;
            lock.notify();
        }
        Threads.joinUninterruptibly(thread);
    }
}
