package dev.cairn.benchmarks.micro;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.KeyCodec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The order-preserving key codec, run once or twice per key on every item operation (partition key
 * and sort key, encode on the way in, decode for LastEvaluatedKey and index entries).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class KeyCodecBenchmark {

    private final AttributeValue string = AttributeValue.s("p000042");
    private final AttributeValue integer = AttributeValue.n("1234567");
    private final AttributeValue decimal = AttributeValue.n("-12345.678901");
    private byte[] stringBytes;
    private byte[] integerBytes;
    private byte[] decimalBytes;

    @Setup
    public void setUp() {
        stringBytes = KeyCodec.encode(string);
        integerBytes = KeyCodec.encode(integer);
        decimalBytes = KeyCodec.encode(decimal);
    }

    @Benchmark
    public byte[] encodeS() {
        return KeyCodec.encode(string);
    }

    @Benchmark
    public byte[] encodeNInteger() {
        return KeyCodec.encode(integer);
    }

    @Benchmark
    public byte[] encodeNDecimal() {
        return KeyCodec.encode(decimal);
    }

    @Benchmark
    public AttributeValue decodeS() {
        return KeyCodec.decodeOne(stringBytes, "S");
    }

    @Benchmark
    public AttributeValue decodeNInteger() {
        return KeyCodec.decodeOne(integerBytes, "N");
    }

    @Benchmark
    public AttributeValue decodeNDecimal() {
        return KeyCodec.decodeOne(decimalBytes, "N");
    }
}
