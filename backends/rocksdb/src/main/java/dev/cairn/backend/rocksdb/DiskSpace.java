package dev.cairn.backend.rocksdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Free space on the disk of a store's directory, and the warning a store logs when it opens with
 * little of it.
 *
 * <p>Why 256 MB: below it the store still works, but a full disk is near: a memtable flush writes
 * up to {@link RocksDbSettings#MEMTABLE_BUDGET_BYTES} of table files, a compaction about as much
 * again as its inputs, and a reopen after a failed write waits for room to replay the log
 * ({@link #roomToReopen}).
 */
final class DiskSpace {

    private static final Logger LOG = LoggerFactory.getLogger(DiskSpace.class);

    /** Under this much free space at open, the store logs a warning. */
    static final long LOW_BYTES = 256L << 20;
    /** Room for a reopen's new MANIFEST, OPTIONS and log files beside what the replay flushes. */
    private static final long REOPEN_MARGIN_BYTES = 1L << 20;
    /** The most a reopen may need: the memtables' budget, which bounds what the replay flushes, and the margin. */
    static final long REOPEN_MAX_BYTES = RocksDbSettings.MEMTABLE_BUDGET_BYTES + REOPEN_MARGIN_BYTES;

    private DiskSpace() {}

    /** Bytes this process may still write on the disk of {@code directory}; unknown counts as plenty. */
    static long free(Path directory) {
        try {
            return Files.getFileStore(directory).getUsableSpace();
        } catch (IOException | SecurityException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The warning for a store opened in {@code directory} with {@code freeBytes} left, if it is low. */
    static Optional<String> lowSpaceWarning(Path directory, long freeBytes) {
        if (freeBytes >= LOW_BYTES) {
            return Optional.empty();
        }
        return Optional.of("Only " + megabytes(freeBytes) + " MB free on the disk of the RocksDB store at " + directory
                + " (under " + megabytes(LOW_BYTES) + " MB): writes will fail with InternalServerError while"
                + " the disk is full, reads go on, and writes resume by themselves once space is freed"
                + " (docs/operations.md, \"Disk full\")");
    }

    /**
     * Whether the disk of {@code directory} has room to reopen a store whose memtables hold
     * {@code memtableBytes}: replaying the log flushes them into table files (no more than the
     * memtables' budget), and opening writes a few small files.
     */
    static boolean roomToReopen(Path directory, long memtableBytes) {
        long needed = Math.min(memtableBytes, RocksDbSettings.MEMTABLE_BUDGET_BYTES) + REOPEN_MARGIN_BYTES;
        return free(directory) >= needed;
    }

    /** Logs {@link #lowSpaceWarning} for {@code directory} when its disk is nearly full. */
    static void warnIfLow(Path directory) {
        lowSpaceWarning(directory, free(directory)).ifPresent(LOG::warn);
    }

    static long megabytes(long bytes) {
        return bytes >> 20;
    }
}
