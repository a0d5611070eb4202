package dev.cairn.benchmarks.micro;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.ItemCodec;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The stored form of an item: a write encodes once and (for its old image) decodes once, a read
 * decodes once per item returned, so a Query of 25 items pays 25 decodes, and 25 sizes toward its
 * 1 MB page: {@link #decodeSized1KBItem} measures each while decoding it (compare NumbersBenchmark's
 * checkAndSize1KBItem, which measures the item itself).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ItemCodecBenchmark {

    private Map<String, AttributeValue> item;
    private byte[] bytes;

    @Setup
    public void setUp() {
        item = WireBodies.item(42, 7, new Random(42));
        bytes = ItemCodec.encode(item);
    }

    @Benchmark
    public byte[] encode1KBItem() {
        return ItemCodec.encode(item);
    }

    @Benchmark
    public Map<String, AttributeValue> decode1KBItem() {
        return ItemCodec.decode(bytes);
    }

    /** Decoding plus the size DynamoDB counts, as a Query or Scan page needs both. */
    @Benchmark
    public ItemCodec.Sized decodeSized1KBItem() {
        return ItemCodec.decodeSized(bytes, 0);
    }
}
