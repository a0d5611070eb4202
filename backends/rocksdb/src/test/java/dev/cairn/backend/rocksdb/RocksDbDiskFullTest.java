package dev.cairn.backend.rocksdb;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.cairn.spi.storage.DeferredDurability;
import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.RangeRead;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.StorageException;
import dev.cairn.spi.storage.StoreConfig;
import dev.cairn.tck.storage.SmallDisk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A store on a disk that fills up: writes fail with a StorageException while it is full, reads go
 * on, and once space is freed writes succeed again within seconds, without a restart; nothing that
 * was acknowledged is lost. Runs on a real 64 MB tmpfs ({@link SmallDisk}), skipped where none can
 * be mounted.
 */
class RocksDbDiskFullTest {

    private static final byte[] P = {1};
    private static final int VALUE_BYTES = 256 * 1024;
    /** 512 MB of attempts, far more than the disk holds: the loop ends by a failure, not by this. */
    private static final int MAX_WRITES = 2048;
    private static final Duration RECOVERY = Duration.ofSeconds(30);

    @RegisterExtension
    static final SmallDisk disk = SmallDisk.ofMegabytes(64);

    /** Writes synced as they commit, and writes whose sync is deferred to the shared group commit. */
    enum Mode {
        SYNCED, DEFERRED
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void writesFailWhileTheDiskIsFullAndSucceedAgainOnceSpaceIsFreed(Mode mode) throws Exception {
        StoreConfig config = StoreConfig.inDirectory(disk.path().resolve(mode.name()));
        List<Integer> acknowledged = new ArrayList<>();
        Path ballast = null;
        try (RocksDbStore store = RocksDbStore.open(config)) {
            ballast = disk.fill(24L << 20);
            StorageException failure = null;
            for (int row = 0; row < MAX_WRITES && failure == null; row++) {
                try {
                    write(store, mode, row);
                    acknowledged.add(row);
                } catch (StorageException e) {
                    failure = e;
                }
            }
            assertThat(failure).as("a write on the full disk").isNotNull();
            assertThat(failure.retryable()).as("a full disk is not a conflict to retry at once").isFalse();
            System.out.println(mode + ": " + acknowledged.size() + " writes acknowledged, then " + failure);
            assertThat(acknowledged).as("writes acknowledged before the disk filled").isNotEmpty();

            int lastWritten = acknowledged.get(acknowledged.size() - 1);
            assertThat(store.get("ks", P, key(lastWritten))).as("a read while the disk is full")
                    .isEqualTo(value(lastWritten));
            RowCursor openAcrossRecovery = store.range(RangeRead.all("ks", P));
            assertThat(openAcrossRecovery.next().value()).as("a range read while the disk is full").isEqualTo(value(0));

            Files.delete(ballast);
            ballast = null;
            int next = lastWritten + 1;
            System.out.println(mode + ": writes succeed again after "
                    + awaitWritesSucceed(() -> tryWrite(store, mode, next)) + " ms");
            acknowledged.add(next);
            assertThatThrownBy(openAcrossRecovery::hasNext).as("a cursor open across the reopen fails, not ends")
                    .isInstanceOf(StorageException.class)
                    .satisfies(e -> assertThat(((StorageException) e).retryable()).isTrue());
            openAcrossRecovery.close();
        } finally {
            deleteQuietly(ballast);
        }
        try (RocksDbStore reopened = RocksDbStore.open(config)) {
            assertAllReadable(reopened, acknowledged);
        } finally {
            deleteTree(config.dataDirectory());
        }
    }

    private static void assertAllReadable(RocksDbStore store, List<Integer> rows) {
        for (int row : rows) {
            assertThat(store.get("ks", P, key(row))).as("row %d after reopening", row).isEqualTo(value(row));
        }
    }

    /**
     * Once write-ahead logs are recycled, a full log overwrites an old one and needs no new space,
     * so what fails on the full disk is the memtable flush's table file, a background error. Then
     * a write either fails or, with both memtables full, waits in RocksDB's write stall until the
     * flush can finish (RocksDB's own recovery waits for a write buffer's worth of free space):
     * the writes run on another thread, and one that has not returned in 5 s counts as stalled.
     * Once space is freed, the stalled write returns and writes succeed again.
     */
    @Test
    void aMemtableFlushThatFailsOnTheFullDiskIsRecoveredFromToo() throws Exception {
        StoreConfig config = StoreConfig.inDirectory(disk.path().resolve("flush"));
        Path ballast = null;
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try (RocksDbStore store = RocksDbStore.open(config)) {
            for (int row = 0; row < 200; row++) { // about 50 MB of log, little table data: logs recycle
                write(store, Mode.SYNCED, row % 8);
            }
            ballast = disk.fill(8L << 20);
            Random random = new Random(14);
            String outcome = null;
            Future<Boolean> last = null;
            for (int row = 100; row < 100 + MAX_WRITES && outcome == null; row++) {
                byte[] incompressible = new byte[VALUE_BYTES];
                random.nextBytes(incompressible);
                PartitionBatch batch = new PartitionBatch("ks", P, List.of(),
                        List.of(new PartitionBatch.Mutation(key(row), incompressible)));
                last = writer.submit(() -> store.apply(batch));
                try {
                    last.get(5, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(StorageException.class);
                    outcome = "failed: " + e.getCause().getMessage();
                } catch (TimeoutException e) {
                    outcome = "stalled";
                }
            }
            System.out.println("flush: a write on the full disk " + outcome);
            assertThat(outcome).as("a write on the full disk").isNotNull();
            assertThat(store.get("ks", P, key(7))).as("a read while the disk is full").isEqualTo(value(7));

            Files.delete(ballast);
            ballast = null;
            try {
                last.get(RECOVERY.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException failed) {
                // Failed rather than stalled: its outcome is unknown, as a 500's is.
            }
            System.out.println("flush: writes succeed again after " + awaitWritesSucceed(() -> writer.submit(
                    () -> tryWrite(store, Mode.SYNCED, 8)).get(RECOVERY.toSeconds(), TimeUnit.SECONDS)) + " ms");
        } finally {
            writer.shutdownNow();
            deleteQuietly(ballast);
        }
        try (RocksDbStore reopened = RocksDbStore.open(config)) {
            assertAllReadable(reopened, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8));
        } finally {
            deleteTree(config.dataDirectory());
        }
    }

    /**
     * A write whose sync was deferred sits in RocksDB's log buffer; when the disk is full that
     * buffer cannot be written, and the reopen that follows drops it. The write's durability must
     * then be reported as failed, even though a sync of the reopened database succeeds.
     */
    @Test
    void aDeferredWriteLostByTheReopenIsNeverReportedDurable() throws Exception {
        StoreConfig config = StoreConfig.inDirectory(disk.path().resolve("lost"));
        Path ballast = null;
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (RocksDbStore store = RocksDbStore.open(config)) {
            write(store, Mode.SYNCED, 0);
            ballast = disk.fill(0);
            PartitionBatch small = new PartitionBatch("ks", P, List.of(),
                    List.of(new PartitionBatch.Mutation(key(1), new byte[32 * 1024])));
            assertThat(DeferredDurability.run(() -> store.apply(small))).as("a deferred write, in the log buffer").isTrue();

            // Another caller's sync fails on the full disk; having written nothing, it is answered.
            other.submit(() -> store.durable().toCompletableFuture().get(30, TimeUnit.SECONDS)).get(30, TimeUnit.SECONDS);
            Files.delete(ballast);
            ballast = null;
            awaitWritesSucceed(() -> other.submit(() -> tryWrite(store, Mode.SYNCED, 2)).get(30, TimeUnit.SECONDS));

            assertThatThrownBy(() -> store.durable().toCompletableFuture().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(StorageException.class)
                    .hasMessageContaining("may be lost");
            assertThat(store.get("ks", P, key(1))).as("the lost write").isNull();
            assertThat(store.get("ks", P, key(0))).as("the acknowledged one").isEqualTo(value(0));
        } finally {
            other.shutdownNow();
            deleteQuietly(ballast);
            deleteTree(config.dataDirectory());
        }
    }

    private static boolean tryWrite(RocksDbStore store, Mode mode, int row) throws Exception {
        try {
            write(store, mode, row);
            return true;
        } catch (StorageException e) {
            return false;
        }
    }

    /** Polls {@code attempt} until a write succeeds, failing after {@link #RECOVERY}; the milliseconds it took. */
    private static long awaitWritesSucceed(Callable<Boolean> attempt) throws Exception {
        long started = System.nanoTime();
        while (!attempt.call()) {
            if (System.nanoTime() - started > RECOVERY.toNanos()) {
                fail("writes still fail " + RECOVERY.toSeconds() + " s after space was freed");
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    /**
     * The restart of the issue: a store closed while its disk was full opens again once space is
     * back, with every acknowledged write, and takes writes.
     */
    @Test
    void aStoreClosedWhileItsDiskWasFullOpensAndTakesWritesOnceSpaceIsFreed() throws Exception {
        StoreConfig config = StoreConfig.inDirectory(disk.path().resolve("restart"));
        List<Integer> acknowledged = new ArrayList<>();
        Path ballast = null;
        try {
            RocksDbStore store = RocksDbStore.open(config);
            ballast = disk.fill(24L << 20);
            assertThatThrownBy(() -> {
                for (int row = 0; row < MAX_WRITES; row++) {
                    write(store, Mode.DEFERRED, row);
                    acknowledged.add(row);
                }
            }).as("a write on the full disk").isInstanceOf(StorageException.class);
            store.close();
            Files.delete(ballast);
            ballast = null;

            try (RocksDbStore reopened = RocksDbStore.open(config)) {
                assertAllReadable(reopened, acknowledged);
                write(reopened, Mode.SYNCED, MAX_WRITES);
                write(reopened, Mode.DEFERRED, MAX_WRITES + 1);
            }
        } finally {
            deleteQuietly(ballast);
            deleteTree(config.dataDirectory());
        }
    }

    /**
     * With 4 MB free a store opens, logs the low-space warning, and takes writes: nothing
     * reserves disk ahead of its use (RocksDB's fallocate of about 18 MB per new log, which made
     * the first write fail here).
     */
    @Test
    void startUpOnANearlyFullDiskWorksAndLogsAWarning() throws Exception {
        StoreConfig config = StoreConfig.inDirectory(disk.path().resolve("nearly-full"));
        Path ballast = disk.fill(4L << 20);
        PrintStream stderr = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(new TeeOutputStream(stderr, logged), true));
            try (RocksDbStore store = RocksDbStore.open(config)) {
                write(store, Mode.SYNCED, 1);
                write(store, Mode.DEFERRED, 2);
                assertThat(store.get("ks", P, key(1))).isEqualTo(value(1));
            }
            System.setErr(stderr);
            assertThat(logged.toString()).as("the log of the open")
                    .contains("WARN").contains("MB free on the disk of the RocksDB store at " + config.dataDirectory())
                    .contains("under 256 MB");
            try (RocksDbStore store = RocksDbStore.open(config)) {
                assertAllReadable(store, List.of(1, 2));
            }
        } finally {
            System.setErr(stderr);
            deleteQuietly(ballast);
            deleteTree(config.dataDirectory());
        }
    }

    @Test
    void noWarningWithEnoughFreeSpace() {
        assertThat(DiskSpace.lowSpaceWarning(disk.path(), 300L << 20)).isEmpty();
        assertThat(DiskSpace.lowSpaceWarning(disk.path(), 200L << 20)).get(as(InstanceOfAssertFactories.STRING))
                .startsWith("Only 200 MB free on the disk of the RocksDB store at " + disk.path());
    }

    private static void write(RocksDbStore store, Mode mode, int row) throws Exception {
        PartitionBatch batch = new PartitionBatch("ks", P, List.of(),
                List.of(new PartitionBatch.Mutation(key(row), value(row))));
        if (mode == Mode.SYNCED) {
            store.apply(batch);
            return;
        }
        DeferredDurability.run(() -> store.apply(batch));
        try {
            store.durable().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StorageException storage) {
                throw storage;
            }
            throw e;
        }
    }

    private static void deleteQuietly(Path file) throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    /** Each test leaves the small disk as empty as it found it. */
    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Writes to two streams: the real standard error, and a buffer the test reads. */
    private static final class TeeOutputStream extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        TeeOutputStream(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }

    private static byte[] key(int row) {
        return ByteBuffer.allocate(4).putInt(row).array();
    }

    private static byte[] value(int row) {
        byte[] value = new byte[VALUE_BYTES];
        Arrays.fill(value, (byte) row);
        ByteBuffer.wrap(value).putInt(row);
        return value;
    }
}
