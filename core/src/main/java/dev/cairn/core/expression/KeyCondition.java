package dev.cairn.core.expression;

import dev.cairn.api.model.AttributeValue;
import java.util.List;

/**
 * A resolved key condition: the partition key's values (one per partition key attribute, in key
 * schema order), equality values on a leading run of the sort key attributes, and optionally one
 * condition on the sort key attribute after that run. A table or classic index has one partition
 * value and no prefix. The engine checks that the values' types match the key attributes' types
 * ("One or more parameter values were invalid: Condition parameter type does not match schema type").
 */
public record KeyCondition(List<AttributeValue> partitionValues, List<AttributeValue> sortPrefix, SortCondition sort) {

    public KeyCondition {
        partitionValues = List.copyOf(partitionValues);
        sortPrefix = List.copyOf(sortPrefix);
    }

    /** A condition on a single-attribute partition key and an optional single sort key condition. */
    public KeyCondition(AttributeValue partitionValue, SortCondition sort) {
        this(List.of(partitionValue), List.of(), sort);
    }

    /** The first partition key value (the only one on a table or classic index). */
    public AttributeValue partitionValue() {
        return partitionValues.get(0);
    }
}
