package dev.cairn.backend.rocksdb;

import dev.cairn.spi.storage.DeferredDurability;
import dev.cairn.spi.storage.NonBlockingReads;
import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.RangeRead;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.ScanRead;
import dev.cairn.spi.storage.StorageException;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreConfig;
import dev.cairn.spi.storage.StoreFeatures;
import dev.cairn.spi.storage.StoreTransaction;
import dev.cairn.spi.storage.WouldBlockException;
import dev.cairn.spi.storage.kv.KeyLayout;
import dev.cairn.spi.storage.kv.KeyRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.rocksdb.ReadOptions;
import org.rocksdb.ReadTier;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.Transaction;
import org.rocksdb.TransactionDB;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * The embedded, persistent backend: one RocksDB {@link TransactionDB} in
 * {@link StoreConfig#dataDirectory()}, created if missing, with keys laid out by {@link KeyLayout}.
 *
 * <p>Why a pessimistic {@code TransactionDB}: {@link #apply} must check its conditions against the
 * current rows and be linearizable with every other write, multi-partition transactions included.
 * Locking the rows ({@code getForUpdate}) before reading them makes contending writers of a hot row
 * (a counter) wait their turn instead of failing at commit, as optimistic transactions would; and
 * striped Java locks around plain write batches would not see the rows an in-flight transaction has
 * locked, so a condition could pass on a value that transaction is about to replace. Deadlocks
 * between transactions are detected and reported as retryable {@link StorageException}s; batches
 * lock rows in key order and retry such conflicts themselves.
 *
 * <p>Options:
 * <ul>
 *   <li>{@code rocksdb.sync} (default {@code true}): the write-ahead log is always on; with
 *       {@code true} each acknowledged batch or transaction is fsynced before {@code apply} or
 *       {@code transact} returns, so it survives a machine crash; {@code false} leaves the flush to
 *       the operating system: much faster, and still safe when only the process dies. Inside
 *       {@link DeferredDurability#run} a synced write returns before its sync, and
 *       {@link #durable()} completes after a later sync shared by every write before it
 *       ({@link WalSyncer}).
 * </ul>
 *
 * <p>Non-blocking reads ({@link NonBlockingReads}) look in the memtables and the block cache only
 * ({@code BLOCK_CACHE_TIER}); where a row's block is not cached they throw
 * {@link WouldBlockException} instead of reading the file. A non-blocking {@link #apply} or
 * {@link #transact} (with its sync deferred, or none configured) takes its row locks without
 * waiting ({@code lock_timeout} 0), reads them from memory and writes with {@code no_slowdown}:
 * where a lock is held, a block is not cached or RocksDB would stall the write, it rolls back and
 * throws {@link WouldBlockException}.
 *
 * <p>Reads outside transactions see the latest committed rows; a range or scan cursor reads one
 * implicit snapshot taken when it starts. A directory may be open in one store at a time; a second
 * open fails with a {@link StorageException} saying so.
 *
 * <p>A full disk: a write that fails on an I/O error (no space left) throws a permanent
 * {@link StorageException}, and so does every later write, while reads go on. RocksDB keeps such a
 * failed log for good, so once the disk has room again the store reopens its database by itself
 * ({@link WriteFailureRecovery}) and writes succeed again; reads and cursors open at that moment fail
 * with a retryable {@link StorageException}. Opening on a nearly full disk logs a warning
 * ({@link DiskSpace}).
 */
public final class RocksDbStore implements Store {

    private static final int BATCH_ATTEMPTS = 20;
    private static final int DROP_BATCH_ROWS = 1024;
    private static final StoreFeatures FEATURES = new StoreFeatures(true, true, true, true);

    private final Path directory;
    private final RocksDbSettings settings;
    /** The RocksDB instance, reopened after a failed write; used under {@link #guard}. */
    private final ReopenableDatabase database;
    private final OpenGuard guard;
    private final WriteFailureRecovery recovery;
    /** The generation of this thread's last write whose sync was deferred; -1 when none since durable(). */
    private final ThreadLocal<long[]> deferredWriteGeneration = ThreadLocal.withInitial(() -> new long[] {-1});
    private final Set<RocksDbCursor> cursors = ConcurrentHashMap.newKeySet();
    private final ReadOptions cacheOnlyReads = new ReadOptions().setReadTier(ReadTier.BLOCK_CACHE_TIER);
    /** Syncs the log for writes whose sync was deferred; null when writes are never synced. */
    private final WalSyncer walSyncer;

    private RocksDbStore(Path directory, RocksDbSettings settings, ReopenableDatabase database) {
        this.directory = directory;
        this.settings = settings;
        this.database = database;
        this.guard = new OpenGuard("the RocksDB store at " + directory);
        this.recovery = new WriteFailureRecovery(directory, () -> DiskSpace.roomToReopen(directory, memtableBytes()),
                () -> guard.exclusively(this::reopen));
        this.walSyncer = settings.sync ? new WalSyncer(this::syncLog, database::lost, "cairn-rocksdb-wal-sync") : null;
    }

    /** Opens (creating if needed) the store in {@code config.dataDirectory()}. */
    public static RocksDbStore open(StoreConfig config) {
        Path directory = config.dataDirectory();
        if (directory == null) {
            throw StorageException.permanent("the rocksdb backend needs a data directory", null);
        }
        RocksDB.loadLibrary();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw StorageException.permanent("cannot create the RocksDB directory " + directory + ": " + e, e);
        }
        RocksDbSettings settings = new RocksDbSettings(config);
        try {
            RocksDbStore store = new RocksDbStore(directory, settings, ReopenableDatabase.open(directory, settings));
            DiskSpace.warnIfLow(directory);
            return store;
        } catch (RocksDBException e) {
            settings.close();
            throw RocksDbErrors.wrap("open " + directory, e);
        }
    }

    @Override
    public StoreFeatures features() {
        return FEATURES;
    }

    @Override
    public byte[] get(String keyspace, byte[] partition, byte[] clustering) {
        boolean cacheOnly = NonBlockingReads.requested();
        guard.enter();
        try {
            return db().get(cacheOnly ? cacheOnlyReads : settings.readOptions,
                    KeyLayout.rowKey(keyspace, partition, clustering));
        } catch (RocksDBException e) {
            if (cacheOnly && RocksDbErrors.isCacheMiss(e)) {
                throw WouldBlockException.instance();
            }
            throw RocksDbErrors.wrap("read", e);
        } finally {
            guard.exit();
        }
    }

    @Override
    public RowCursor range(RangeRead read) {
        return cursor(KeyLayout.range(read), read.reverse(), read.limit());
    }

    @Override
    public RowCursor scan(ScanRead read) {
        return cursor(KeyLayout.scan(read), false, read.limit());
    }

    @Override
    public int segmentOf(String keyspace, byte[] partition, int totalSegments) {
        return KeyLayout.segmentOf(partition, totalSegments);
    }

    @Override
    public boolean apply(PartitionBatch batch) {
        boolean nonBlocking = nonBlockingWriteRequested();
        ConditionalBatch conditional = new ConditionalBatch(batch);
        guard.enter();
        try {
            for (int attempt = 1; ; attempt++) {
                try (Transaction transaction = begin(nonBlocking)) {
                    try {
                        if (!conditional.writeTo(transaction, nonBlocking ? cacheOnlyReads : settings.readOptions)) {
                            transaction.rollback();
                            return false;
                        }
                        transaction.commit();
                        noteDeferredWrite();
                        return true;
                    } catch (RocksDBException e) {
                        recovery.failed(e);
                        StorageException failure = RocksDbErrors.wrap("conditional batch", e);
                        rollbackQuietly(transaction, failure);
                        if (nonBlocking && RocksDbErrors.wouldHaveWaited(e)) {
                            throw WouldBlockException.instance();
                        }
                        if (!failure.retryable() || attempt == BATCH_ATTEMPTS) {
                            throw failure;
                        }
                    }
                }
            }
        } finally {
            guard.exit();
        }
    }

    /**
     * Completes after a log sync that began after this call; at once when writes are never synced.
     * Fails if this thread's last deferred write was lost by a reopen ({@link ReopenableDatabase}).
     */
    @Override
    public CompletionStage<Void> durable() {
        if (walSyncer == null) {
            return CompletableFuture.completedStage(null);
        }
        long[] last = deferredWriteGeneration.get();
        long writtenIn = last[0];
        last[0] = -1;
        return walSyncer.durable(writtenIn);
    }

    /** Remembers the generation of a write whose sync is deferred, for {@link #durable()}. */
    private void noteDeferredWrite() {
        if (walSyncer != null && DeferredDurability.requested()) {
            deferredWriteGeneration.get()[0] = database.generation();
        }
    }

    /** The group commit's sync of the current instance's log; reports a failure for recovery. */
    private long syncLog() throws RocksDBException {
        guard.enter();
        try {
            db().flushWal(true);
            return database.generation();
        } catch (RocksDBException e) {
            recovery.failed(e);
            throw e;
        } finally {
            guard.exit();
        }
    }

    /** What a reopen would flush; the recovery thread, which calls this, stops before the guard closes. */
    private long memtableBytes() {
        guard.enter();
        try {
            return database.memtableBytes();
        } finally {
            guard.exit();
        }
    }

    /** Under the guard's exclusive side: cursors of the old instance fail from now on. */
    private void reopen() {
        cursors.forEach(RocksDbCursor::invalidate);
        database.reopen();
    }

    @Override
    public <T> T transact(Function<StoreTransaction, T> body) {
        boolean nonBlocking = nonBlockingWriteRequested();
        guard.enter();
        try (Transaction transaction = begin(nonBlocking)) {
            RocksDbTransaction view = new RocksDbTransaction(transaction,
                    nonBlocking ? cacheOnlyReads : settings.readOptions, guard);
            try {
                T result = body.apply(view);
                view.closeCursors();
                transaction.commit();
                noteDeferredWrite();
                return result;
            } catch (RocksDBException e) {
                recovery.failed(e);
                StorageException failure = RocksDbErrors.wrap("commit", e);
                rollbackQuietly(transaction, failure);
                if (nonBlocking && RocksDbErrors.wouldHaveWaited(e)) {
                    throw WouldBlockException.instance();
                }
                throw failure;
            } catch (RuntimeException | Error e) {
                view.closeCursors();
                rollbackQuietly(transaction, e);
                if (nonBlocking && e instanceof StorageException && e.getCause() instanceof RocksDBException cause
                        && RocksDbErrors.wouldHaveWaited(cause)) {
                    throw WouldBlockException.instance(); // a row lock held, or a row not in memory
                }
                throw e;
            }
        } finally {
            guard.exit();
        }
    }

    /** Whether this write must not wait; refused at once if its commit would wait for an fsync. */
    private boolean nonBlockingWriteRequested() {
        boolean nonBlocking = NonBlockingReads.requested();
        if (nonBlocking && settings.sync && !DeferredDurability.requested()) {
            throw WouldBlockException.instance();
        }
        return nonBlocking;
    }

    private Transaction begin(boolean nonBlocking) {
        TransactionDB db = db();
        return nonBlocking
                ? db.beginTransaction(settings.nonBlockingWrites, settings.nonBlockingTransactions)
                : db.beginTransaction(writeOptions(), settings.transactionOptions);
    }

    /**
     * A pessimistic {@code TransactionDB} refuses range deletes, so whole SST files inside the
     * keyspace are dropped first (cheap for large keyspaces) and the remaining rows deleted in
     * batches of ordinary, lock-respecting deletes.
     */
    @Override
    public void dropKeyspace(String keyspace) {
        KeyRange range = KeyLayout.keyspace(keyspace);
        guard.enter();
        try (Slice lower = new Slice(range.start());
                Slice upper = new Slice(range.end());
                ReadOptions bounds = new ReadOptions().setIterateLowerBound(lower).setIterateUpperBound(upper);
                RocksIterator iterator = db().newIterator(bounds)) {
            db().deleteFilesInRanges(db().getDefaultColumnFamily(), List.of(range.start(), range.end()), false);
            for (iterator.seek(range.start()); iterator.isValid(); ) {
                try (WriteBatch batch = new WriteBatch()) {
                    for (int n = 0; n < DROP_BATCH_ROWS && iterator.isValid(); n++, iterator.next()) {
                        batch.delete(iterator.key());
                    }
                    db().write(writeOptions(), batch);
                }
            }
            iterator.status();
            noteDeferredWrite();
        } catch (RocksDBException e) {
            recovery.failed(e);
            throw RocksDbErrors.wrap("drop keyspace " + keyspace, e);
        } finally {
            guard.exit();
        }
    }

    /** Syncs the write-ahead log, then frees every native resource, open cursors included. */
    @Override
    public void close() {
        // Before the guard: the syncer's last syncs and a reopen under way take the guard themselves.
        if (walSyncer != null) {
            walSyncer.close();
        }
        recovery.close();
        guard.close(() -> {
            cursors.forEach(RocksDbCursor::close);
            try {
                database.close();
            } finally {
                cacheOnlyReads.close();
                settings.close();
            }
        });
    }

    @Override
    public String toString() {
        return "RocksDbStore[" + directory + "]";
    }

    private RowCursor cursor(KeyRange range, boolean reverse, int limit) {
        if (range.isEmpty() || limit == 0) {
            return RocksDbCursor.empty();
        }
        guard.enter();
        try {
            return new RocksDbCursor(db()::newIterator, range, reverse, limit, (key, value) -> value, guard, cursors);
        } finally {
            guard.exit();
        }
    }

    /** The log syncs begun for deferred writes so far; 0 when writes are never synced. For tests. */
    long deferredSyncs() {
        return walSyncer == null ? 0 : walSyncer.syncsStarted();
    }

    private TransactionDB db() {
        return database.current();
    }

    /** Synced writes unless this thread defers their sync ({@link DeferredDurability}). */
    private WriteOptions writeOptions() {
        return settings.sync && DeferredDurability.requested() ? settings.deferredSyncWrites : settings.writeOptions;
    }

    private static void rollbackQuietly(Transaction transaction, Throwable cause) {
        try {
            transaction.rollback();
        } catch (RocksDBException e) {
            cause.addSuppressed(e);
        }
    }
}
