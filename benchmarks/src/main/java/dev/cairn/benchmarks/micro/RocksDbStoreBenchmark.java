package dev.cairn.benchmarks.micro;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.backend.rocksdb.RocksDbStore;
import dev.cairn.core.codec.ItemCodec;
import dev.cairn.core.codec.KeyCodec;
import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The RocksDB backend under the engine: a point read (every GetItem, and every write's read of the
 * old item) and a conditional single-row batch (every write), on a store in a temporary directory.
 * Writes run with {@code rocksdb.sync} true (the default: an fsync per acknowledged write) and false,
 * to show what durability costs on this machine's disk.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RocksDbStoreBenchmark {

    private static final String KEYSPACE = "t.1";

    /** A store holding {@code rows} rows of ~800 bytes, rows keyed like a table's items. */
    abstract static class StoreState {
        Path directory;
        Store store;
        byte[][] partitions;
        byte[] clustering = KeyCodec.encode(AttributeValue.n("1"));
        byte[] valueA;
        byte[] valueB;

        void open(int rows, boolean sync) {
            try {
                directory = Files.createTempDirectory("cairn-jmh-rocksdb");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Random random = new Random(42);
            valueA = ItemCodec.encode(WireBodies.item(1, 1, random));
            valueB = ItemCodec.encode(WireBodies.item(1, 1, random));
            partitions = new byte[rows][];
            // Load without fsync, then reopen with the setting under test.
            store = RocksDbStore.open(new StoreConfig(directory, Map.of("rocksdb.sync", "false")));
            for (int i = 0; i < rows; i++) {
                partitions[i] = KeyCodec.encode(AttributeValue.s(String.format("p%06d", i)));
                store.apply(new PartitionBatch(KEYSPACE, partitions[i], List.of(),
                        List.of(new PartitionBatch.Mutation(clustering, valueA))));
            }
            store.close();
            store = RocksDbStore.open(new StoreConfig(directory, Map.of("rocksdb.sync", Boolean.toString(sync))));
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            store.close();
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @State(Scope.Benchmark)
    public static class ReadState extends StoreState {
        @Setup(Level.Trial)
        public void setUp() {
            open(100_000, false);
        }
    }

    @State(Scope.Benchmark)
    public static class WriteState extends StoreState {
        @Param({"true", "false"})
        public boolean sync;

        /** What each row holds now, so each write's condition is the one ItemStore would send. */
        byte[][] current;

        @Setup(Level.Trial)
        public void setUp() {
            open(10_000, sync);
            current = new byte[partitions.length][];
            java.util.Arrays.fill(current, valueA);
        }
    }

    @Benchmark
    public byte[] pointRead(ReadState s) {
        int i = ThreadLocalRandom.current().nextInt(s.partitions.length);
        return s.store.get(KEYSPACE, s.partitions[i], s.clustering);
    }

    @Benchmark
    public boolean conditionalWrite(WriteState s) {
        int i = ThreadLocalRandom.current().nextInt(s.partitions.length);
        byte[] before = s.current[i];
        byte[] after = before == s.valueA ? s.valueB : s.valueA;
        boolean applied = s.store.apply(new PartitionBatch(KEYSPACE, s.partitions[i],
                List.of(new PartitionBatch.Condition(s.clustering, before)),
                List.of(new PartitionBatch.Mutation(s.clustering, after))));
        if (!applied) {
            throw new IllegalStateException("condition failed on a row only this benchmark writes");
        }
        s.current[i] = after;
        return applied;
    }
}
