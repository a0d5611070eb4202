/**
 * Helpers for backends over an ordered key-value store (RocksDB, FoundationDB, the in-memory
 * reference): one key layout that turns keyspaces, partitions and clustering keys into byte keys
 * whose unsigned order gives every ordering the storage SPI promises.
 */
package dev.cairn.spi.storage.kv;
