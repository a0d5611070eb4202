package dev.cairn.core.legacy;

import dev.cairn.api.model.Condition;
import dev.cairn.api.model.ExpectedAttributeValue;
import dev.cairn.core.expression.ConditionExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Translates the legacy Expected (PutItem, UpdateItem, DeleteItem) and QueryFilter/ScanFilter
 * parameters into the engine's ConditionExpression. DynamoDB validates the entries in request
 * order, each completely, and only then the ConditionalOperator; an empty map is no condition.
 */
public final class LegacyConditions {

    private LegacyConditions() {}

    /**
     * @param expected null or empty when the request has none
     * @param conditionalOperator null, AND or OR (its value already checked with the request's shape)
     * @return the condition, or null when there is none
     * @throws dev.cairn.api.ApiException ValidationException with DynamoDB's message
     */
    public static ConditionExpression expected(Map<String, ExpectedAttributeValue> expected,
            String conditionalOperator) {
        int size = expected == null ? 0 : expected.size();
        ConditionalOperators.requireConditions(conditionalOperator, size);
        if (size == 0) {
            return null;
        }
        List<AttributeCondition> conditions = new ArrayList<>();
        expected.forEach((name, entry) -> conditions.add(ExpectedEntry.of(name, entry)));
        return joined(conditions, conditionalOperator);
    }

    /**
     * A QueryFilter or ScanFilter; same contract as {@link #expected}.
     */
    public static ConditionExpression filter(Map<String, Condition> filter, String conditionalOperator) {
        int size = filter == null ? 0 : filter.size();
        ConditionalOperators.requireConditions(conditionalOperator, size);
        if (size == 0) {
            return null;
        }
        List<AttributeCondition> conditions = new ArrayList<>();
        filter.forEach((name, condition) -> conditions.add(FilterEntry.of(name, condition)));
        return joined(conditions, conditionalOperator);
    }

    private static ConditionExpression joined(List<AttributeCondition> conditions, String conditionalOperator) {
        ConditionalOperators.requireSeveral(conditionalOperator, conditions.size());
        return new LegacyCondition(conditions, ConditionalOperators.isOr(conditionalOperator));
    }
}
