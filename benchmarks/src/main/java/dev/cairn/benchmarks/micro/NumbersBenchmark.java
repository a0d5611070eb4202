package dev.cairn.benchmarks.micro;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.Numbers;
import dev.cairn.core.item.AttributeValues;
import dev.cairn.core.item.ItemSize;
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
 * Number validation on the way in: every N value of every request is checked and made canonical,
 * and every item's numbers are read again to size it. Typical item numbers (three canonical
 * already, one not), and the whole per-item check of the load benchmark's ~1 KB item.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NumbersBenchmark {

    private String integer = "42";
    private String decimal = "12345.678";
    private String negative = "-7";
    private String unstripped = "0012.50";
    private Map<String, AttributeValue> item;

    @Setup
    public void setUp() {
        item = WireBodies.item(42, 7, new Random(42));
    }

    @Benchmark
    public String canonicalInteger() {
        return Numbers.canonical(integer);
    }

    @Benchmark
    public String canonicalDecimal() {
        return Numbers.canonical(decimal);
    }

    @Benchmark
    public String canonicalNegative() {
        return Numbers.canonical(negative);
    }

    /** Leading and trailing zeros to strip: the result is a new string. */
    @Benchmark
    public String canonicalUnstripped() {
        return Numbers.canonical(unstripped);
    }

    /** What PutItem does to an item's numbers before storing it: canonicalise, then size. */
    @Benchmark
    public int checkAndSize1KBItem() {
        return ItemSize.of(AttributeValues.checkedItem(item));
    }
}
