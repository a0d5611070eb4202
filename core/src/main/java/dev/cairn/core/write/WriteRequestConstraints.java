package dev.cairn.core.write;

import dev.cairn.api.model.DeleteItemRequest;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.UpdateItemRequest;
import dev.cairn.core.legacy.LegacyOperatorConstraints;
import dev.cairn.core.validation.ConstraintViolations;
import dev.cairn.core.validation.Enums;

/**
 * The first validation stage of PutItem, UpdateItem and DeleteItem: every member constraint,
 * ReturnValues among them, listed together in the order DynamoDB lists them (the member order of
 * dynalite's validations/putItem.js, updateItem.js and deleteItem.js, whose messages were captured
 * from DynamoDB; ReturnValuesOnConditionCheckFailure, newer than dynalite, comes last).
 */
final class WriteRequestConstraints {

    private WriteRequestConstraints() {}

    static void check(PutItemRequest request) {
        ConstraintViolations violations = new ConstraintViolations()
                .oneOf("returnConsumedCapacity", request.returnConsumedCapacity(), Enums.RETURN_CONSUMED_CAPACITY)
                .tableName("tableName", request.tableName())
                .notNull("item", request.item())
                .oneOf("conditionalOperator", request.conditionalOperator(), Enums.CONDITIONAL_OPERATOR);
        LegacyOperatorConstraints.expected(violations, request.expected());
        violations.oneOf("returnValues", request.returnValues(), Enums.RETURN_VALUES)
                .oneOf("returnItemCollectionMetrics", request.returnItemCollectionMetrics(),
                        Enums.RETURN_ITEM_COLLECTION_METRICS);
        onConditionCheckFailure(violations, request.returnValuesOnConditionCheckFailure());
    }

    static void check(UpdateItemRequest request) {
        ConstraintViolations violations = new ConstraintViolations()
                .oneOf("returnConsumedCapacity", request.returnConsumedCapacity(), Enums.RETURN_CONSUMED_CAPACITY)
                .tableName("tableName", request.tableName())
                .oneOf("returnItemCollectionMetrics", request.returnItemCollectionMetrics(),
                        Enums.RETURN_ITEM_COLLECTION_METRICS)
                .oneOf("returnValues", request.returnValues(), Enums.RETURN_VALUES)
                .notNull("key", request.key())
                .oneOf("conditionalOperator", request.conditionalOperator(), Enums.CONDITIONAL_OPERATOR);
        LegacyOperatorConstraints.expected(violations, request.expected());
        onConditionCheckFailure(violations, request.returnValuesOnConditionCheckFailure());
    }

    static void check(DeleteItemRequest request) {
        ConstraintViolations violations = new ConstraintViolations()
                .oneOf("returnConsumedCapacity", request.returnConsumedCapacity(), Enums.RETURN_CONSUMED_CAPACITY)
                .tableName("tableName", request.tableName())
                .oneOf("returnValues", request.returnValues(), Enums.RETURN_VALUES)
                .oneOf("returnItemCollectionMetrics", request.returnItemCollectionMetrics(),
                        Enums.RETURN_ITEM_COLLECTION_METRICS)
                .notNull("key", request.key())
                .oneOf("conditionalOperator", request.conditionalOperator(), Enums.CONDITIONAL_OPERATOR);
        LegacyOperatorConstraints.expected(violations, request.expected());
        onConditionCheckFailure(violations, request.returnValuesOnConditionCheckFailure());
    }

    private static void onConditionCheckFailure(ConstraintViolations violations, String value) {
        violations.oneOf("returnValuesOnConditionCheckFailure", value, Enums.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE)
                .throwIfAny();
    }
}
