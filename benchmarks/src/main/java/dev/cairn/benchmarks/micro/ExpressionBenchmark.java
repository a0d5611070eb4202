package dev.cairn.benchmarks.micro;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.expression.ConditionExpression;
import dev.cairn.core.expression.ExpressionContext;
import dev.cairn.core.expression.Expressions;
import dev.cairn.core.expression.UpdateExpression;
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
 * Expressions as a conditional update uses them: build (parse, or hit the parse cache, then resolve
 * names and values), then evaluate the condition and apply the update on a ~1 KB item. The miss
 * variants make every text unique with a fresh value placeholder, so each call parses and the
 * bounded cache evicts, as it would for an application that inlines values into its expressions;
 * they pay a small extra for building that placeholder and its one-entry map.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ExpressionBenchmark {

    private static final String CONDITION = "attribute_exists(#pk) AND #age >= :min AND (#active = :yes OR size(#tags) > :two)";
    private static final String UPDATE = "SET #name = :name, #age = #age + :one, #address.#city = :city ADD #visits :one";

    private final Map<String, String> conditionNames =
            Map.of("#pk", "pk", "#age", "age", "#active", "active", "#tags", "tags");
    private final Map<String, AttributeValue> conditionValues =
            Map.of(":min", AttributeValue.n("18"), ":yes", new AttributeValue.Bool(true), ":two", AttributeValue.n("2"));
    private final Map<String, String> updateNames =
            Map.of("#name", "name", "#age", "age", "#address", "address", "#city", "city", "#visits", "visits");
    private final Map<String, AttributeValue> updateValues =
            Map.of(":name", AttributeValue.s("renamed"), ":one", AttributeValue.n("1"), ":city", AttributeValue.s("Shelbyville"));

    private Map<String, AttributeValue> item;
    private ConditionExpression condition;
    private UpdateExpression update;
    private long unique;

    @Setup
    public void setUp() {
        item = WireBodies.item(42, 7, new Random(42));
        condition = Expressions.condition(CONDITION, new ExpressionContext(conditionNames, conditionValues));
        update = Expressions.update(UPDATE, new ExpressionContext(updateNames, updateValues));
        if (!condition.test(item)) {
            throw new IllegalStateException("the benchmark condition should hold on the sample item");
        }
    }

    @Benchmark
    public ConditionExpression buildConditionCacheHit() {
        return Expressions.condition(CONDITION, new ExpressionContext(conditionNames, conditionValues));
    }

    @Benchmark
    public ConditionExpression buildConditionCacheMiss() {
        String placeholder = ":m" + (unique++);
        return Expressions.condition("attribute_exists(#pk) AND #age >= " + placeholder,
                new ExpressionContext(Map.of("#pk", "pk", "#age", "age"), Map.of(placeholder, AttributeValue.n("18"))));
    }

    @Benchmark
    public boolean evaluateCondition() {
        return condition.test(item);
    }

    @Benchmark
    public UpdateExpression buildUpdateCacheHit() {
        return Expressions.update(UPDATE, new ExpressionContext(updateNames, updateValues));
    }

    @Benchmark
    public UpdateExpression buildUpdateCacheMiss() {
        String placeholder = ":n" + (unique++);
        return Expressions.update("SET #name = " + placeholder + " ADD #visits :one",
                new ExpressionContext(Map.of("#name", "name", "#visits", "visits"),
                        Map.of(placeholder, AttributeValue.s("renamed"), ":one", AttributeValue.n("1"))));
    }

    @Benchmark
    public Map<String, AttributeValue> applyUpdate() {
        return update.apply(item);
    }
}
