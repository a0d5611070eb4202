package dev.cairn.core.write;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.expression.ConditionExpression;
import dev.cairn.core.expression.DocumentPath;
import dev.cairn.core.expression.ExpressionContext;
import dev.cairn.core.expression.Expressions;
import dev.cairn.core.expression.UpdateExpression;
import dev.cairn.core.item.ItemNesting;
import dev.cairn.core.item.ItemSize;
import dev.cairn.core.table.PrimaryKeys;
import dev.cairn.core.table.StorageKey;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.core.validation.ExpressionContexts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operation rules and expression stages of a put, update, delete or condition check on a
 * table already found, in DynamoDB's order; the member-constraint stage stays with each caller,
 * since a transaction names its members differently ({@code transactItems.1.member.put.tableName}).
 */
public final class WritePreparation {

    private WritePreparation() {}

    public static PreparedWrite put(TableMetadata table, Map<String, AttributeValue> requestItem,
            String conditionExpression, Map<String, String> names, Map<String, AttributeValue> values,
            String returnValuesOnConditionCheckFailure) {
        return put(table, requestItem, conditionExpression, names, values, returnValuesOnConditionCheckFailure, null);
    }

    /** @param expected the legacy Expected condition, used when there is no ConditionExpression; or null */
    public static PreparedWrite put(TableMetadata table, Map<String, AttributeValue> requestItem,
            String conditionExpression, Map<String, String> names, Map<String, AttributeValue> values,
            String returnValuesOnConditionCheckFailure, ConditionExpression expected) {
        ItemSize.checkLowerBound(requestItem); // before any per-attribute work: a huge item is refused cheaply
        Map<String, AttributeValue> item = WriteRules.checkedItem(requestItem);
        StorageKey key = PrimaryKeys.ofItem(table, item);
        ItemSize.check(item);
        ConditionExpression condition = condition(conditionExpression, names, values, expected);
        return new PreparedWrite(table, key, current -> {
            WriteRules.checkCondition(condition, current, returnValuesOnConditionCheckFailure);
            return item;
        }, item, condition, List.of());
    }

    public static PreparedWrite delete(TableMetadata table, Map<String, AttributeValue> requestKey,
            String conditionExpression, Map<String, String> names, Map<String, AttributeValue> values,
            String returnValuesOnConditionCheckFailure) {
        return delete(table, requestKey, conditionExpression, names, values, returnValuesOnConditionCheckFailure,
                null);
    }

    /** @param expected the legacy Expected condition, used when there is no ConditionExpression; or null */
    public static PreparedWrite delete(TableMetadata table, Map<String, AttributeValue> requestKey,
            String conditionExpression, Map<String, String> names, Map<String, AttributeValue> values,
            String returnValuesOnConditionCheckFailure, ConditionExpression expected) {
        StorageKey key = PrimaryKeys.ofKey(table, WriteRules.checkedItem(requestKey));
        ConditionExpression condition = condition(conditionExpression, names, values, expected);
        return new PreparedWrite(table, key, current -> {
            WriteRules.checkCondition(condition, current, returnValuesOnConditionCheckFailure);
            return null;
        }, null, condition, List.of());
    }

    /** A condition on an item that leaves it as it is (TransactWriteItems' ConditionCheck). */
    public static PreparedWrite conditionCheck(TableMetadata table, Map<String, AttributeValue> requestKey,
            String conditionExpression, Map<String, String> names, Map<String, AttributeValue> values,
            String returnValuesOnConditionCheckFailure) {
        StorageKey key = PrimaryKeys.ofKey(table, WriteRules.checkedItem(requestKey));
        ConditionExpression condition = condition(conditionExpression, names, values, null);
        return new PreparedWrite(table, key, current -> {
            WriteRules.checkCondition(condition, current, returnValuesOnConditionCheckFailure);
            return current;
        }, null, condition, List.of());
    }

    public static PreparedWrite update(TableMetadata table, Map<String, AttributeValue> requestKey,
            String updateExpression, String conditionExpression, Map<String, String> names,
            Map<String, AttributeValue> values, String returnValuesOnConditionCheckFailure) {
        return update(table, requestKey, updateExpression, conditionExpression, names, values,
                returnValuesOnConditionCheckFailure, null, null);
    }

    /**
     * @param attributeUpdates the legacy AttributeUpdates, used when there is no UpdateExpression; or null
     * @param expected the legacy Expected condition, used when there is no ConditionExpression; or null
     */
    public static PreparedWrite update(TableMetadata table, Map<String, AttributeValue> requestKey,
            String updateExpression, String conditionExpression, Map<String, String> names,
            Map<String, AttributeValue> values, String returnValuesOnConditionCheckFailure,
            UpdateExpression attributeUpdates, ConditionExpression expected) {
        StorageKey key = PrimaryKeys.ofKey(table, WriteRules.checkedItem(requestKey));
        ExpressionContext context = ExpressionContexts.forRequest(names, values)
                .withValues("UpdateExpression", updateExpression)
                .withValues("ConditionExpression", conditionExpression)
                .build();
        UpdateExpression update = updateExpression == null
                ? attributeUpdates : Expressions.update(updateExpression, context);
        ConditionExpression condition = conditionExpression == null
                ? expected : Expressions.condition(conditionExpression, context);
        context.checkAllUsed();
        List<DocumentPath> targets = update == null ? List.of() : update.targets();
        for (DocumentPath target : targets) {
            if (table.keyAttribute(target.attributeName()) != null) {
                throw ApiException.validation("One or more parameter values were invalid: Cannot update attribute "
                        + target.attributeName() + ". This attribute is part of the key");
            }
        }
        return new PreparedWrite(table, key, current -> {
            WriteRules.checkCondition(condition, current, returnValuesOnConditionCheckFailure);
            if (current == null && update != null && update.removesOnly()) {
                return null; // nothing to take away from, so nothing is created (nor a nested path checked)
            }
            Map<String, AttributeValue> base = current == null ? new LinkedHashMap<>(key.key()) : current;
            Map<String, AttributeValue> next = update == null ? base : update.apply(base);
            ItemSize.checkUpdated(next);
            ItemNesting.checkUpdated(next);
            return next;
        }, null, condition, targets);
    }

    private static ConditionExpression condition(String conditionExpression, Map<String, String> names,
            Map<String, AttributeValue> values, ConditionExpression expected) {
        ExpressionContext context = ExpressionContexts.forRequest(names, values)
                .withValues("ConditionExpression", conditionExpression)
                .build();
        ConditionExpression condition = conditionExpression == null
                ? expected : Expressions.condition(conditionExpression, context);
        context.checkAllUsed();
        return condition;
    }
}
