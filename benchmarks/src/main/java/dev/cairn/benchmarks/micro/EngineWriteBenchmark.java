package dev.cairn.benchmarks.micro;

import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.CreateTableRequest;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.UpdateItemRequest;
import dev.cairn.api.model.UpdateItemResponse;
import dev.cairn.backend.rocksdb.RocksDbStore;
import dev.cairn.benchmarks.SampleItems;
import dev.cairn.core.CairnEngine;
import dev.cairn.spi.storage.StoreConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The engine's UpdateItem, as the load benchmark's counter workload sends it (ADD on one of 10,000
 * counters), on RocksDB in a temporary directory: the request model in, the response model out,
 * with no HTTP or JSON around it. Writes are not synced ({@code rocksdb.sync=false}), so the figure
 * is the CPU of the write path rather than the disk's fsync latency.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineWriteBenchmark {

    private static final String TABLE = "bench_counters";
    private static final int COUNTERS = 10_000;

    private Path directory;
    private CairnEngine engine;
    private Map<String, AttributeValue>[] keys;

    @Setup(Level.Trial)
    @SuppressWarnings("unchecked")
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("cairn-jmh-engine");
        engine = new CairnEngine(RocksDbStore.open(new StoreConfig(directory, Map.of("rocksdb.sync", "false"))));
        engine.createTable(new CreateTableRequest(TABLE, List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), null, null, "PAY_PER_REQUEST", null, null, null, null,
                null));
        keys = new Map[COUNTERS];
        for (int c = 0; c < COUNTERS; c++) {
            keys[c] = Map.of("pk", AttributeValue.s(SampleItems.counterKey(c)));
            engine.putItem(new PutItemRequest(TABLE, Map.of("pk", keys[c].get("pk"), "n", AttributeValue.n("0")),
                    null, null, null, null, null, null, null, null, null));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        engine.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Benchmark
    public UpdateItemResponse updateItemAdd() {
        Map<String, AttributeValue> key = keys[ThreadLocalRandom.current().nextInt(COUNTERS)];
        return engine.updateItem(new UpdateItemRequest(TABLE, key, "ADD #n :one", null, Map.of("#n", "n"),
                Map.of(":one", AttributeValue.n("1")), null, null, null, null, null, null, null));
    }
}
