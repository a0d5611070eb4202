package dev.cairn.core.write;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.DeleteItemRequest;
import dev.cairn.api.model.DeleteItemResponse;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.PutItemResponse;
import dev.cairn.api.model.UpdateItemRequest;
import dev.cairn.api.model.UpdateItemResponse;
import dev.cairn.core.expression.ConditionExpression;
import dev.cairn.core.expression.DocumentPath;
import dev.cairn.core.expression.ExpressionContext;
import dev.cairn.core.expression.Expressions;
import dev.cairn.core.expression.UpdateExpression;
import dev.cairn.core.item.ItemSize;
import dev.cairn.core.table.PrimaryKeys;
import dev.cairn.core.table.StorageKey;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.core.table.TableOperations;
import dev.cairn.core.validation.ConstraintViolations;
import dev.cairn.core.validation.Enums;
import dev.cairn.core.validation.ExpressionContexts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PutItem, UpdateItem and DeleteItem. Each request is validated in DynamoDB's order (member
 * constraints, the table, the operation's rules, then expressions), then applied as one
 * {@link ItemMutation} so that the condition, the change and the stored result are one atomic step.
 */
public final class WriteOperations {

    private final TableOperations tables;
    private final ItemStore items;

    public WriteOperations(TableOperations tables, ItemStore items) {
        this.tables = tables;
        this.items = items;
    }

    public PutItemResponse putItem(PutItemRequest request) {
        new ConstraintViolations()
                .tableName("tableName", request.tableName())
                .notNull("item", request.item())
                .oneOf("returnValues", request.returnValues(), Enums.RETURN_VALUES)
                .oneOf("returnConsumedCapacity", request.returnConsumedCapacity(), Enums.RETURN_CONSUMED_CAPACITY)
                .oneOf("returnItemCollectionMetrics", request.returnItemCollectionMetrics(),
                        Enums.RETURN_ITEM_COLLECTION_METRICS)
                .oneOf("returnValuesOnConditionCheckFailure", request.returnValuesOnConditionCheckFailure(),
                        Enums.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE)
                .throwIfAny();
        WriteRules.rejectLegacy(request.expected(), request.conditionalOperator(), null);
        TableMetadata table = tables.require(request.tableName());
        WriteRules.returnValuesAllowed(request.returnValues(), false);
        Map<String, AttributeValue> item = WriteRules.checkedItem(request.item());
        StorageKey key = PrimaryKeys.ofItem(table, item);
        ItemSize.check(item);
        ExpressionContext context = ExpressionContexts.of(request.expressionAttributeNames(),
                request.expressionAttributeValues(), request.conditionExpression());
        ConditionExpression condition = request.conditionExpression() == null
                ? null : Expressions.condition(request.conditionExpression(), context);
        context.checkAllUsed();

        boolean returnOld = "ALL_OLD".equals(request.returnValues());
        WriteOutcome outcome;
        if (condition == null && !returnOld) {
            items.overwrite(table, key, item);
            outcome = new WriteOutcome(null, item);
        } else {
            outcome = items.write(table, key, current -> {
                WriteRules.checkCondition(condition, current, request.returnValuesOnConditionCheckFailure());
                return item;
            });
        }
        double units = Capacity.writeUnits(Math.max(ItemSize.of(item), sizeOf(outcome.before())));
        return new PutItemResponse(returnOld ? outcome.before() : null,
                Capacity.report(request.returnConsumedCapacity(), table.name(), units), null);
    }

    public DeleteItemResponse deleteItem(DeleteItemRequest request) {
        new ConstraintViolations()
                .tableName("tableName", request.tableName())
                .notNull("key", request.key())
                .oneOf("returnValues", request.returnValues(), Enums.RETURN_VALUES)
                .oneOf("returnConsumedCapacity", request.returnConsumedCapacity(), Enums.RETURN_CONSUMED_CAPACITY)
                .oneOf("returnItemCollectionMetrics", request.returnItemCollectionMetrics(),
                        Enums.RETURN_ITEM_COLLECTION_METRICS)
                .oneOf("returnValuesOnConditionCheckFailure", request.returnValuesOnConditionCheckFailure(),
                        Enums.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE)
                .throwIfAny();
        WriteRules.rejectLegacy(request.expected(), request.conditionalOperator(), null);
        TableMetadata table = tables.require(request.tableName());
        WriteRules.returnValuesAllowed(request.returnValues(), false);
        StorageKey key = PrimaryKeys.ofKey(table, WriteRules.checkedItem(request.key()));
        ExpressionContext context = ExpressionContexts.of(request.expressionAttributeNames(),
                request.expressionAttributeValues(), request.conditionExpression());
        ConditionExpression condition = request.conditionExpression() == null
                ? null : Expressions.condition(request.conditionExpression(), context);
        context.checkAllUsed();

        WriteOutcome outcome = items.write(table, key, current -> {
            WriteRules.checkCondition(condition, current, request.returnValuesOnConditionCheckFailure());
            return null;
        });
        double units = Capacity.writeUnits(sizeOf(outcome.before()));
        return new DeleteItemResponse("ALL_OLD".equals(request.returnValues()) ? outcome.before() : null,
                Capacity.report(request.returnConsumedCapacity(), table.name(), units), null);
    }

    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        new ConstraintViolations()
                .tableName("tableName", request.tableName())
                .notNull("key", request.key())
                .oneOf("returnValues", request.returnValues(), Enums.RETURN_VALUES)
                .oneOf("returnConsumedCapacity", request.returnConsumedCapacity(), Enums.RETURN_CONSUMED_CAPACITY)
                .oneOf("returnItemCollectionMetrics", request.returnItemCollectionMetrics(),
                        Enums.RETURN_ITEM_COLLECTION_METRICS)
                .oneOf("returnValuesOnConditionCheckFailure", request.returnValuesOnConditionCheckFailure(),
                        Enums.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE)
                .throwIfAny();
        WriteRules.rejectLegacy(request.expected(), request.conditionalOperator(), request.attributeUpdates());
        TableMetadata table = tables.require(request.tableName());
        StorageKey key = PrimaryKeys.ofKey(table, WriteRules.checkedItem(request.key()));
        ExpressionContext context = ExpressionContexts.of(request.expressionAttributeNames(),
                request.expressionAttributeValues(), request.updateExpression(), request.conditionExpression());
        UpdateExpression update = request.updateExpression() == null
                ? null : Expressions.update(request.updateExpression(), context);
        ConditionExpression condition = request.conditionExpression() == null
                ? null : Expressions.condition(request.conditionExpression(), context);
        context.checkAllUsed();
        List<DocumentPath> targets = update == null ? List.of() : update.targets();
        for (DocumentPath target : targets) {
            if (table.keyAttribute(target.attributeName()) != null) {
                throw ApiException.validation("One or more parameter values were invalid: Cannot update attribute "
                        + target.attributeName() + ". This attribute is part of the key");
            }
        }

        WriteOutcome outcome = items.write(table, key, current -> {
            WriteRules.checkCondition(condition, current, request.returnValuesOnConditionCheckFailure());
            Map<String, AttributeValue> base = current == null ? new LinkedHashMap<>(key.key()) : current;
            Map<String, AttributeValue> next = update == null ? base : update.apply(base);
            ItemSize.checkUpdated(next);
            return next;
        });
        double units = Capacity.writeUnits(Math.max(sizeOf(outcome.before()), sizeOf(outcome.after())));
        return new UpdateItemResponse(UpdateReturnValues.select(request.returnValues(), outcome, targets),
                Capacity.report(request.returnConsumedCapacity(), table.name(), units), null);
    }

    private static long sizeOf(Map<String, AttributeValue> item) {
        return item == null ? 0 : ItemSize.of(item);
    }
}
