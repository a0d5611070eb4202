package dev.cairn.backend.rocksdb;

import dev.cairn.spi.storage.StorageException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.rocksdb.RocksDBException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a store back after a write failed on an I/O error, such as a full disk, by reopening it
 * once there is room again.
 *
 * <p>Why a reopen: a failed write to the write-ahead log leaves RocksDB's log writer and its
 * background error set for good ("Seen error. Skip writing buffer."): every later write fails, even
 * once space is freed, and RocksDB's automatic recovery does not clear a log error. RocksDB's
 * {@code DB::Resume()} would, but RocksJava does not expose it. Closing and opening the database
 * again replays the log up to its last whole record, which holds every acknowledged write, and
 * starts a new log.
 *
 * <p>Reads keep working on the failed database meanwhile, so the reopen, which stops them for its
 * few milliseconds, waits until the disk has room for it ({@link DiskSpace#roomToReopen}, polled
 * every 250 ms); it is then tried with back-off until it succeeds. One daemon thread per store,
 * idle until a failure.
 */
final class WriteFailureRecovery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WriteFailureRecovery.class);
    private static final long FIRST_WAIT_MILLIS = 250;
    private static final long LONGEST_WAIT_MILLIS = 5000;

    /** Closes and opens the database again; throws if the open fails. */
    @FunctionalInterface
    interface Reopen {
        void reopen();
    }

    private final Path directory;
    private final BooleanSupplier roomToReopen;
    private final Reopen reopen;
    private final Object lock = new Object();
    private final Thread thread;
    private String failure;
    private boolean closing;

    WriteFailureRecovery(Path directory, BooleanSupplier roomToReopen, Reopen reopen) {
        this.directory = directory;
        this.roomToReopen = roomToReopen;
        this.reopen = reopen;
        this.thread = new Thread(this::run, "cairn-rocksdb-recovery");
        thread.setDaemon(true);
        thread.start();
    }

    /** Notes a failed write or log sync; an I/O error schedules a reopen. */
    void failed(RocksDBException e) {
        if (!RocksDbErrors.stopsWrites(e)) {
            return;
        }
        synchronized (lock) {
            if (failure == null) {
                failure = e.getMessage();
                LOG.warn("A write to the RocksDB store at {} failed ({}); writes fail until it is reopened,"
                        + " which happens once its disk has room to flush the memtables (at most {} MB)", directory, failure,
                        DiskSpace.megabytes(DiskSpace.REOPEN_MAX_BYTES));
                lock.notifyAll();
            }
        }
    }

    private void run() {
        long wait = FIRST_WAIT_MILLIS;
        while (awaitFailure(wait)) {
            if (!roomToReopen.getAsBoolean()) {
                wait = FIRST_WAIT_MILLIS; // a cheap check: keep polling so writes resume soon after space does
                continue;
            }
            try {
                long started = System.nanoTime();
                reopen.reopen();
                synchronized (lock) {
                    failure = null;
                }
                LOG.info("Reopened the RocksDB store at {} after a failed write, in {} ms; writes succeed again",
                        directory, (System.nanoTime() - started) / 1_000_000);
                wait = FIRST_WAIT_MILLIS;
            } catch (StorageException | Error e) {
                LOG.warn("Reopening the RocksDB store at {} failed; retrying in {} ms", directory, wait, e);
                wait = Math.min(wait * 2, LONGEST_WAIT_MILLIS);
            }
        }
    }

    /** Waits for a failure to recover from, then {@code millis} more; false once closing. */
    private boolean awaitFailure(long millis) {
        synchronized (lock) {
            try {
                while (failure == null && !closing) {
                    lock.wait();
                }
                if (!closing) {
                    lock.wait(millis);
                }
            } catch (InterruptedException e) {
                return false; // only close() interrupts
            }
            return !closing && failure != null;
        }
    }

    /** Stops the thread, waiting for a reopen under way. */
    @Override
    public void close() {
        synchronized (lock) {
            closing = true;
            lock.notifyAll();
        }
        Threads.joinUninterruptibly(thread);
    }
}
