package dev.cairn.core.legacy;

import dev.cairn.api.model.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * One validated legacy condition on one top-level attribute. Legacy parameters name attributes
 * literally: a dot or a bracket in the name is part of the name, never a document path.
 */
record AttributeCondition(String attribute, ComparisonOperator operator, List<AttributeValue> values) {

    AttributeCondition {
        values = List.copyOf(values);
    }

    boolean test(Map<String, AttributeValue> item) {
        return Comparisons.test(operator, item.get(attribute), values);
    }
}
