package dev.cairn.backend.rocksdb;

import dev.cairn.spi.storage.StorageException;
import dev.cairn.spi.storage.StoreConfig;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.CompressionType;
import org.rocksdb.InfoLogLevel;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.TransactionDBOptions;
import org.rocksdb.TransactionOptions;
import org.rocksdb.WriteOptions;

/**
 * The native option objects of one store, built from {@link StoreConfig} and freed together.
 *
 * <p>Choices: a 64 MB LRU block cache holding index and filter blocks too, so memory stays bounded;
 * a full (whole-key) Bloom filter of 10 bits per key, because point reads are by whole key and the
 * layout has no fixed-length prefix worth a prefix extractor; LZ4, cheap enough for the write path.
 * Only settings RocksDB reads from its OPTIONS file on every open are used, and the default bytewise
 * comparator is the unsigned order the SPI wants, so a directory reopens with any later version of
 * these settings.
 */
final class RocksDbSettings implements AutoCloseable {

    /** Whether every acknowledged write is fsynced ("true", the default) or left to the OS ("false"). */
    static final String SYNC = "rocksdb.sync";

    private static final long BLOCK_CACHE_BYTES = 64L << 20;
    private static final long LOCK_TIMEOUT_MILLIS = 1000;

    final LRUCache blockCache = new LRUCache(BLOCK_CACHE_BYTES);
    final BloomFilter bloomFilter = new BloomFilter(10, false);
    final Options options;
    final TransactionDBOptions transactionDbOptions =
            new TransactionDBOptions().setTransactionLockTimeout(LOCK_TIMEOUT_MILLIS);
    final TransactionOptions transactionOptions = new TransactionOptions().setDeadlockDetect(true);
    final WriteOptions writeOptions;
    final ReadOptions readOptions = new ReadOptions();

    RocksDbSettings(StoreConfig config) {
        boolean sync = parseBoolean(SYNC, config.option(SYNC, "true"));
        BlockBasedTableConfig table = new BlockBasedTableConfig()
                .setBlockCache(blockCache)
                .setFilterPolicy(bloomFilter)
                .setBlockSize(16 * 1024)
                .setCacheIndexAndFilterBlocks(true)
                .setPinL0FilterAndIndexBlocksInCache(true);
        options = new Options()
                .setCreateIfMissing(true)
                .setTableFormatConfig(table)
                .setCompressionType(CompressionType.LZ4_COMPRESSION)
                .setMaxBackgroundJobs(Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors())))
                .setBytesPerSync(1L << 20)
                .setInfoLogLevel(InfoLogLevel.WARN_LEVEL)
                .setKeepLogFileNum(3);
        writeOptions = new WriteOptions().setSync(sync);
    }

    @Override
    public void close() {
        readOptions.close();
        writeOptions.close();
        transactionOptions.close();
        transactionDbOptions.close();
        options.close();
        bloomFilter.close();
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
