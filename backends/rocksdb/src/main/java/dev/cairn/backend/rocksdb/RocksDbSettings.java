package dev.cairn.backend.rocksdb;

import dev.cairn.spi.storage.StorageException;
import dev.cairn.spi.storage.StoreConfig;
import java.util.Properties;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.CompressionType;
import org.rocksdb.ConfigOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.InfoLogLevel;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.TransactionDBOptions;
import org.rocksdb.TransactionOptions;
import org.rocksdb.WriteBufferManager;
import org.rocksdb.WriteOptions;

/**
 * The native option objects of one store, built from {@link StoreConfig} and freed together.
 *
 * <p>Choices: a full (whole-key) Bloom filter of 10 bits per key, because point reads are by whole
 * key and the layout has no fixed-length prefix worth a prefix extractor; LZ4, cheap enough for the
 * write path. Only settings RocksDB reads from its OPTIONS file on every open are used, and the
 * default bytewise comparator is the unsigned order the SPI wants, so a directory reopens with any
 * later version of these settings.
 *
 * <p>Memory: RocksDB gets one budget, {@link #MEMORY_BUDGET_BYTES} (160 MB), its share of the
 * server's (docs/operations.md, which says how to change it). It is the capacity of one LRU block
 * cache holding data blocks, and a {@link WriteBufferManager} charges the
 * memtables to that same cache; they are bounded by {@link #MEMTABLE_BUDGET_BYTES} (32 MB: two write
 * buffers of 16 MB), so blocks keep at least 128 MB, and the whole budget when little is written.
 * With RocksDB's defaults the memtables alone reached 188 MB beside the cache: a 64 MB write buffer
 * plus up to 128 MB of flushed ones that a {@code TransactionDB} keeps for the write-conflict checks
 * of transactions that call {@code SetSnapshot}. This store never does, so
 * {@code max_write_buffer_size_to_maintain} is 1 byte: keep none (0 would mean TransactionDB's
 * default, and RocksJava has no setter for it, hence {@link #newOptions()}). Index and filter blocks
 * stay with their open table files, outside the cache (RocksDB's default): about 6 MB for
 * 1,000,000 items of 1 KB, so they grow with the data. In the cache each point read looked them up
 * as well as the data block, one LRU lookup under a shard lock each; without that GetItem used
 * about 3% and Query about 8% less CPU per request (two alternating pairs of 10 s runs each). Also
 * outside the budget: malloc's own overhead, and a few MB of iterators and compaction buffers.
 *
 * <p>Concurrent writers: RocksDB gathers them into write groups whose followers by default spin,
 * yielding the CPU, for up to 100 µs before they sleep, and then insert into the memtable in
 * parallel, which takes another round of hand-offs. On a machine of few cores those spins and
 * hand-offs took the CPU the writes needed. With both off the group's leader inserts for all: in
 * PutItem profiles on 2 cores the followers' waiting ({@code WriteThread::AwaitState}) fell from
 * about 6% of the samples to under 1%, and short trials of PutItem and UpdateItem rose by 10-25%
 * (the machine's run-to-run spread is about 10%).
 *
 * <p>Write-ahead log files are recycled: a log whose memtable was flushed is kept and overwritten
 * by a later log instead of being deleted. Appending to a new file changes its size, so every
 * {@code fdatasync} of it also commits the file system's journal; a recycled file's blocks are
 * already there, so the sync writes only the data. PutItem at 32 connections on this 2-core
 * machine rose by about 8% (four alternating 10 s runs: 217-220k against 234-238k requests).
 * Recycled logs are written in RocksDB's recyclable record format, which names the log in every
 * record, so recovery stops at the first record of an older log; RocksDB allows this with the
 * default point-in-time WAL recovery since 9.x. It costs up to two logs of disk (about 16 MB each).
 *
 * <p>When writes are synced, the WAL is flushed by hand ({@code manual_wal_flush}): a commit leaves
 * its record in RocksDB's log buffer, and the {@link WalSyncer} writes the buffer with one system
 * call before each sync ({@code FlushWAL(true)}); a write made with {@code sync=true} still flushes
 * and syncs as it commits. Every commit otherwise made its own {@code write}: PutItem used 62 µs of
 * server CPU per request with it and 49-56 µs without. With {@code rocksdb.sync=false} the flush
 * stays automatic, so a record is in the operating system when its write returns.
 *
 * <p>No {@code fallocate}: by default RocksDB reserves disk for files before writing them, 1.1 write
 * buffers (about 18 MB) for each new log and 4 MB for each MANIFEST, and reserved blocks count as
 * used. On a nearly full disk the first write after opening then failed with 4 MB free, and the
 * logs of the memtables kept for recycling held about 54 MB between them. Recycled logs (above)
 * already avoid growing a file on the write path, which is what the reservation was for.
 */
final class RocksDbSettings implements AutoCloseable {

    /** Whether every acknowledged write is fsynced ("true", the default) or left to the OS ("false"). */
    static final String SYNC = "rocksdb.sync";

    /** The block cache's capacity, which the memtables are charged to as well. */
    static final long MEMORY_BUDGET_BYTES = 160L << 20;
    /** The most the memtables may take of it: write buffers of half of this, at most two. */
    static final long MEMTABLE_BUDGET_BYTES = 32L << 20;
    private static final long LOCK_TIMEOUT_MILLIS = 1000;
    /** Write-ahead log files kept for reuse (see above): enough for the two memtables' logs. */
    private static final int RECYCLED_LOG_FILES = 2;

    final LRUCache blockCache = new LRUCache(MEMORY_BUDGET_BYTES);
    final WriteBufferManager writeBufferManager = new WriteBufferManager(MEMTABLE_BUDGET_BYTES, blockCache);
    final BloomFilter bloomFilter = new BloomFilter(10, false);
    final Options options;
    final TransactionDBOptions transactionDbOptions =
            new TransactionDBOptions().setTransactionLockTimeout(LOCK_TIMEOUT_MILLIS);
    final TransactionOptions transactionOptions = new TransactionOptions().setDeadlockDetect(true);
    /** Whether acknowledged writes are synced to disk ({@link #SYNC}). */
    final boolean sync;
    /** For writes: synced when {@link #sync} is, so durable when the write returns. */
    final WriteOptions writeOptions;
    /** For writes whose sync is deferred ({@code DeferredDurability}) to a later shared one. */
    final WriteOptions deferredSyncWrites = new WriteOptions().setSync(false);
    /** For writes that must not wait: unsynced, and failing rather than stalling. */
    final WriteOptions nonBlockingWrites = new WriteOptions().setSync(false).setNoSlowdown(true);
    /** For transactions that must not wait for a row lock. */
    final TransactionOptions nonBlockingTransactions = new TransactionOptions().setLockTimeout(0);
    final ReadOptions readOptions = new ReadOptions();

    RocksDbSettings(StoreConfig config) {
        sync = parseBoolean(SYNC, config.option(SYNC, "true"));
        BlockBasedTableConfig table = new BlockBasedTableConfig()
                .setBlockCache(blockCache)
                .setFilterPolicy(bloomFilter)
                .setBlockSize(16 * 1024)
                .setCacheIndexAndFilterBlocks(false);
        options = newOptions()
                .setCreateIfMissing(true)
                .setWriteBufferManager(writeBufferManager)
                .setWriteBufferSize(MEMTABLE_BUDGET_BYTES / 2)
                .setMaxWriteBufferNumber(2)
                .setTableFormatConfig(table)
                .setCompressionType(CompressionType.LZ4_COMPRESSION)
                .setMaxBackgroundJobs(Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors())))
                .setBytesPerSync(1L << 20)
                .setInfoLogLevel(InfoLogLevel.WARN_LEVEL)
                .setKeepLogFileNum(3)
                .setEnableWriteThreadAdaptiveYield(false)
                .setAllowConcurrentMemtableWrite(false)
                .setRecycleLogFileNum(RECYCLED_LOG_FILES)
                .setAllowFAllocate(false)
                .setManualWalFlush(sync);
        writeOptions = new WriteOptions().setSync(sync);
    }

    /** Options with RocksDB's defaults but for {@code max_write_buffer_size_to_maintain} (see above). */
    private static Options newOptions() {
        Properties keepNoFlushedMemtables = new Properties();
        keepNoFlushedMemtables.setProperty("max_write_buffer_size_to_maintain", "1");
        try (ConfigOptions parsing = new ConfigOptions();
                DBOptions db = new DBOptions();
                ColumnFamilyOptions columnFamily =
                        ColumnFamilyOptions.getColumnFamilyOptionsFromProps(parsing, keepNoFlushedMemtables)) {
            if (columnFamily == null) {
                throw StorageException.permanent("RocksDB rejected max_write_buffer_size_to_maintain", null);
            }
            return new Options(db, columnFamily);
        }
    }

    @Override
    public void close() {
        readOptions.close();
        writeOptions.close();
        deferredSyncWrites.close();
        nonBlockingWrites.close();
        nonBlockingTransactions.close();
        transactionOptions.close();
        transactionDbOptions.close();
        options.close();
        bloomFilter.close();
        writeBufferManager.close();
        blockCache.close();
    }

    private static boolean parseBoolean(String name, String value) {
        String trimmed = value.trim();
        if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(trimmed);
        }
        throw StorageException.permanent(name + " must be true or false, not \"" + value + "\"", null);
    }
}
