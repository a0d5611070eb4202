package dev.cairn.backend.rocksdb;

import dev.cairn.spi.storage.StorageException;
import org.rocksdb.RocksDBException;
import org.rocksdb.Status;

/**
 * The one place RocksDB's errors become {@link StorageException}s. Lock waits that time out, lock
 * deadlocks and "try again" are retryable: the same call can succeed once the other transaction
 * is gone. Everything else (I/O errors, corruption, a directory locked by another store) is not.
 */
final class RocksDbErrors {

    private RocksDbErrors() {}

    /**
     * Whether a read limited to the block cache and memtables ({@code BLOCK_CACHE_TIER}) stopped
     * because it would have had to read a file: RocksDB reports that as Incomplete.
     */
    static boolean isCacheMiss(RocksDBException e) {
        Status status = e.getStatus();
        return status != null && status.getCode() == Status.Code.Incomplete;
    }

    /**
     * Whether a non-blocking write stopped where it would have waited: a cache miss or a stall
     * ({@code Incomplete}, from {@code BLOCK_CACHE_TIER} or {@code no_slowdown}), or a row lock held
     * by another writer ({@code TimedOut} or {@code Busy} with {@code lock_timeout} 0).
     */
    static boolean wouldHaveWaited(RocksDBException e) {
        Status status = e.getStatus();
        Status.Code code = status == null ? Status.Code.Undefined : status.getCode();
        return code == Status.Code.Incomplete || code == Status.Code.TimedOut || code == Status.Code.Busy;
    }

    /**
     * Whether a failed write or log sync leaves the database refusing every later write until it
     * is reopened: an I/O error, such as a full disk ({@code NoSpace}) or the log writer's sticky
     * "Seen error" that follows one ({@link WriteFailureRecovery}).
     */
    static boolean stopsWrites(RocksDBException e) {
        Status status = e.getStatus();
        return status != null && status.getCode() == Status.Code.IOError;
    }

    /** Maps a native failure of {@code operation} ("read", "commit", "open /data/dir"). */
    static StorageException wrap(String operation, RocksDBException e) {
        Status status = e.getStatus();
        Status.Code code = status == null ? Status.Code.Undefined : status.getCode();
        String message = "RocksDB " + operation + " failed: " + e.getMessage();
        if (code == Status.Code.IOError && String.valueOf(e.getMessage()).contains("LOCK")) {
            return StorageException.permanent(
                    "RocksDB " + operation + " failed: the directory is already in use by another open store"
                            + " (in this or another process); only one store may open a directory at a time. "
                            + e.getMessage(),
                    e);
        }
        return switch (code) {
            case Busy, TimedOut, TryAgain -> StorageException.temporary(message, e);
            default -> StorageException.permanent(message, e);
        };
    }
}
