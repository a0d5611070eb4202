package dev.cairn.backend.rocksdb;

import dev.cairn.spi.storage.StorageException;
import java.nio.file.Path;
import org.rocksdb.RocksDBException;
import org.rocksdb.TransactionDB;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's RocksDB instance, which {@link WriteFailureRecovery} may close and open again.
 * Callers hold the store's {@link OpenGuard}: its shared side to use {@link #current()}, its
 * exclusive side to {@link #reopen()} or {@link #close()}.
 *
 * <p>Each reopen starts a new generation. A write made with its sync deferred has its log record in
 * RocksDB's log buffer until the next sync; if the old instance cannot flush that buffer as it
 * closes, such records are lost, so the generation is remembered as {@link #lost lossy}, and
 * stages waiting for those writes to be durable fail instead of completing ({@link WalSyncer}).
 */
final class ReopenableDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(ReopenableDatabase.class);

    private final Path directory;
    private final RocksDbSettings settings;
    /** Null after a reopen whose open failed, until one succeeds. */
    private TransactionDB db;
    private volatile long generation;
    /** The latest generation whose unsynced log records a reopen may have lost; -1 for none. */
    private volatile long lostGeneration = -1;

    private ReopenableDatabase(Path directory, RocksDbSettings settings, TransactionDB db) {
        this.directory = directory;
        this.settings = settings;
        this.db = db;
    }

    static ReopenableDatabase open(Path directory, RocksDbSettings settings) throws RocksDBException {
        return new ReopenableDatabase(directory, settings, openDatabase(directory, settings));
    }

    /** The open instance; fails, retryably, between a failed reopen and the next one. */
    TransactionDB current() {
        TransactionDB current = db;
        if (current == null) {
            throw StorageException.temporary(
                    "the RocksDB store at " + directory + " is being reopened after a failed write", null);
        }
        return current;
    }

    /** How many times the instance was reopened: the generation writes made now belong to. */
    long generation() {
        return generation;
    }

    /** What the memtables hold, which reopening flushes to table files; their budget when unknown. */
    long memtableBytes() {
        TransactionDB current = db;
        if (current == null) {
            return RocksDbSettings.MEMTABLE_BUDGET_BYTES;
        }
        try {
            return current.getLongProperty("rocksdb.cur-size-all-mem-tables");
        } catch (RocksDBException e) {
            return RocksDbSettings.MEMTABLE_BUDGET_BYTES;
        }
    }

    /** Whether writes made in {@code writtenIn} but not yet synced may have been lost by a reopen. */
    boolean lost(long writtenIn) {
        return writtenIn <= lostGeneration;
    }

    /** Closes the instance, if open, and opens a new one on the same directory and options. */
    void reopen() {
        if (db != null) {
            TransactionDB old = db;
            db = null;
            if (!flushAndClose(old, "reopen")) {
                lostGeneration = generation;
            }
        }
        generation++;
        try {
            db = openDatabase(directory, settings);
        } catch (RocksDBException e) {
            throw RocksDbErrors.wrap("reopen " + directory, e);
        }
    }

    /** Syncs the log and closes the instance; a log that cannot be synced after a failed write is logged. */
    void close() {
        if (db != null) {
            flushAndClose(db, "close");
            db = null;
        }
    }

    /**
     * Flushes and syncs the log, then closes {@code database}; false when the flush failed after a
     * failed write, which leaves unsynced (never acknowledged) records unwritten.
     */
    private boolean flushAndClose(TransactionDB database, String operation) {
        boolean flushed = true;
        try {
            database.flushWal(true);
        } catch (RocksDBException e) {
            if (!RocksDbErrors.stopsWrites(e)) {
                database.close();
                throw RocksDbErrors.wrap(operation + " " + directory, e);
            }
            flushed = false;
            LOG.warn("On {} of the RocksDB store at {}, its log could not be synced after a failed write ({});"
                    + " writes not yet acknowledged as durable may be lost", operation, directory, e.getMessage());
        }
        try {
            database.closeE();
        } catch (RocksDBException e) {
            if (!RocksDbErrors.stopsWrites(e)) {
                throw RocksDbErrors.wrap(operation + " " + directory, e);
            }
        } finally {
            database.close();
        }
        return flushed;
    }

    private static TransactionDB openDatabase(Path directory, RocksDbSettings settings) throws RocksDBException {
        return TransactionDB.open(settings.options, settings.transactionDbOptions, directory.toAbsolutePath().toString());
    }
}
