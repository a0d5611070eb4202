package dev.cairn.core.write;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.expression.ConditionExpression;
import dev.cairn.core.expression.ExpressionContext;
import dev.cairn.core.item.AttributeValues;
import java.util.Map;

/** Operation rules shared by the single-item writes, each worded as DynamoDB words it. */
final class WriteRules {

    private WriteRules() {}


    /** ReturnValues: NONE or ALL_OLD on puts and deletes, any of the five on updates; else DynamoDB's one message. */
    static void returnValuesAllowed(String returnValues, boolean update) {
        boolean allowed = returnValues == null || switch (returnValues) {
            case "NONE", "ALL_OLD" -> true;
            case "ALL_NEW", "UPDATED_OLD", "UPDATED_NEW" -> update;
            default -> false;
        };
        if (!allowed) {
            throw ApiException.validation("Return values set to invalid value");
        }
    }

    /** An item or key from a request: every value checked, numbers in canonical form. */
    static Map<String, AttributeValue> checkedItem(Map<String, AttributeValue> item) {
        return AttributeValues.checkedItem(item);
    }


    /** Fails the write with ConditionalCheckFailedException (carrying the item if asked) when the condition is false. */
    static void checkCondition(ConditionExpression condition, Map<String, AttributeValue> current,
            String returnValuesOnConditionCheckFailure) {
        if (condition == null || condition.test(current == null ? Map.of() : current)) {
            return;
        }
        boolean withItem = "ALL_OLD".equals(returnValuesOnConditionCheckFailure) && current != null;
        throw ApiException.conditionalCheckFailed(withItem ? current : null);
    }
}
