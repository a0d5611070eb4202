package dev.cairn.core.legacy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.Condition;
import java.util.List;

/**
 * One entry of QueryFilter, ScanFilter or KeyConditions. Unlike Expected, DynamoDB Local looks up
 * the operator before it checks the values; a missing AttributeValueList is an empty one.
 */
final class FilterEntry {

    private FilterEntry() {}

    static AttributeCondition of(String attribute, Condition condition) {
        AttributeNames.requireValid(attribute);
        if (condition == null) { // wording: DynamoDB Local 3.3.1
            throw ApiException.validation("The filter condition for an attribute cannot be null: " + attribute);
        }
        ComparisonOperator op = ComparisonOperator.parse(condition.comparisonOperator());
        List<AttributeValue> list = condition.attributeValueList();
        List<AttributeValue> values = LegacyValues.checked(list == null ? List.of() : list);
        op.checkValues(values);
        return new AttributeCondition(attribute, op, values);
    }
}
