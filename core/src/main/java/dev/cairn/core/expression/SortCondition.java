package dev.cairn.core.expression;

import dev.cairn.api.model.AttributeValue;
import java.util.List;

/**
 * The condition a Query puts on the sort key: one operator and its one or two values (two for
 * BETWEEN), already flipped so the key is on the left ({@code :v < sk} becomes {@code sk > :v}).
 * The engine checks the values' types against the key's type.
 */
public record SortCondition(Operator operator, List<AttributeValue> values) {

    public enum Operator { EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH }

    public SortCondition {
        values = List.copyOf(values);
    }

    public AttributeValue value() {
        return values.get(0);
    }

    /** The upper bound of BETWEEN. */
    public AttributeValue upper() {
        return values.get(1);
    }
}
