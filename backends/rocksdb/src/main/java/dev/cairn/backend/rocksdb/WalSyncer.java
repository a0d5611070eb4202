package dev.cairn.backend.rocksdb;

import dev.cairn.spi.storage.StorageException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.rocksdb.RocksDB;
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
 */
final class WalSyncer implements AutoCloseable {

    private final RocksDB db;
    private final Object lock = new Object();
    private final Thread thread;
    private List<CompletableFuture<Void>> waiting = new ArrayList<>();
    private boolean closing;
    private volatile long syncsStarted;

    WalSyncer(RocksDB db, String name) {
        this.db = db;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Completes after a sync of the log that began after this call. */
    CompletionStage<Void> durable() {
        CompletableFuture<Void> stage = new CompletableFuture<>();
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
            List<CompletableFuture<Void>> batch;
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
            StorageException failure = sync();
            for (CompletableFuture<Void> stage : batch) {
                if (failure == null) {
                    stage.complete(null);
                } else {
                    stage.completeExceptionally(failure);
                }
            }
        }
    }

    private StorageException sync() {
        syncsStarted++; // only this thread writes it
        try {
            db.flushWal(true);
            return null;
        } catch (RocksDBException e) {
            return RocksDbErrors.wrap("sync the write-ahead log", e);
        } catch (RuntimeException e) {
            return StorageException.permanent("sync the write-ahead log: " + e, e);
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
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
