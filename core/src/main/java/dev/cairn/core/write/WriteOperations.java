package dev.cairn.core.write;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.DeleteItemRequest;
import dev.cairn.api.model.DeleteItemResponse;
import dev.cairn.api.model.ItemCollectionMetrics;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.PutItemResponse;
import dev.cairn.api.model.UpdateItemRequest;
import dev.cairn.api.model.UpdateItemResponse;
import dev.cairn.core.index.ItemCollections;
import dev.cairn.core.legacy.LegacyConditions;
import dev.cairn.core.legacy.LegacyMixing;
import dev.cairn.core.legacy.LegacyUpdates;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.core.table.TableOperations;
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
        WriteRequestConstraints.check(request);
        LegacyMixing.check(request);
        TableMetadata table = tables.require(request.tableName());
        WriteRules.returnValuesAllowed(request.returnValues(), false);
        PreparedWrite put = WritePreparation.put(table, request.item(), request.conditionExpression(),
                request.expressionAttributeNames(), request.expressionAttributeValues(),
                request.returnValuesOnConditionCheckFailure(),
                LegacyConditions.expected(request.expected(), request.conditionalOperator()));
        Map<String, AttributeValue> item = put.item();

        boolean returnOld = "ALL_OLD".equals(request.returnValues());
        WriteOutcome outcome;
        if (put.condition() == null && !returnOld) {
            // on a table with indexes this reads the old item, so its index entries are charged; on one
            // without it may be a blind write, charged for the new item only
            outcome = items.overwrite(table, put.key(), item);
        } else {
            outcome = items.write(table, put.key(), put.mutation());
        }
        return new PutItemResponse(returnOld ? outcome.before() : null,
                IndexCapacity.write(request.returnConsumedCapacity(), table, outcome.before(), outcome.after()),
                collectionMetrics(request.returnItemCollectionMetrics(), table, item, outcome));
    }

    public DeleteItemResponse deleteItem(DeleteItemRequest request) {
        WriteRequestConstraints.check(request);
        LegacyMixing.check(request);
        TableMetadata table = tables.require(request.tableName());
        WriteRules.returnValuesAllowed(request.returnValues(), false);
        PreparedWrite delete = WritePreparation.delete(table, request.key(), request.conditionExpression(),
                request.expressionAttributeNames(), request.expressionAttributeValues(),
                request.returnValuesOnConditionCheckFailure(),
                LegacyConditions.expected(request.expected(), request.conditionalOperator()));
        WriteOutcome outcome = items.write(table, delete.key(), delete.mutation());
        return new DeleteItemResponse("ALL_OLD".equals(request.returnValues()) ? outcome.before() : null,
                IndexCapacity.write(request.returnConsumedCapacity(), table, outcome.before(), outcome.after()),
                collectionMetrics(request.returnItemCollectionMetrics(), table, request.key(), outcome));
    }

    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        WriteRequestConstraints.check(request);
        LegacyMixing.check(request);
        TableMetadata table = tables.require(request.tableName());
        WriteRules.returnValuesAllowed(request.returnValues(), true);
        PreparedWrite update = WritePreparation.update(table, request.key(), request.updateExpression(),
                request.conditionExpression(), request.expressionAttributeNames(),
                request.expressionAttributeValues(), request.returnValuesOnConditionCheckFailure(),
                LegacyUpdates.of(request.attributeUpdates()),
                LegacyConditions.expected(request.expected(), request.conditionalOperator()));
        WriteOutcome outcome = items.write(table, update.key(), update.mutation());
        return new UpdateItemResponse(UpdateReturnValues.select(request.returnValues(), outcome, update.targets()),
                IndexCapacity.write(request.returnConsumedCapacity(), table, outcome.before(), outcome.after()),
                collectionMetrics(request.returnItemCollectionMetrics(), table, request.key(), outcome));
    }

    /**
     * ItemCollectionMetrics when ReturnItemCollectionMetrics is SIZE and the table has local
     * secondary indexes (DynamoDB returns none otherwise); {@code keyed} is any item or key of the collection.
     */
    static ItemCollectionMetrics collectionMetrics(String returnItemCollectionMetrics, TableMetadata table,
            Map<String, AttributeValue> keyed, WriteOutcome outcome) {
        if (!"SIZE".equals(returnItemCollectionMetrics) || outcome.collectionSize() < 0) {
            return null;
        }
        return ItemCollections.metrics(table, keyed, outcome.collectionSize());
    }
}
