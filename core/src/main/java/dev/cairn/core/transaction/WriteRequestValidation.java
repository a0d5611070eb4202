package dev.cairn.core.transaction;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.ConditionCheck;
import dev.cairn.api.model.Delete;
import dev.cairn.api.model.Put;
import dev.cairn.api.model.TransactWriteItem;
import dev.cairn.api.model.TransactWriteItemsRequest;
import dev.cairn.api.model.Update;
import dev.cairn.core.item.ItemSize;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.core.table.TableOperations;
import dev.cairn.core.validation.ConstraintViolations;
import dev.cairn.core.validation.Enums;
import dev.cairn.core.write.PreparedWrite;
import dev.cairn.core.write.WritePreparation;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a whole TransactWriteItems before anything is read, in DynamoDB's stages: member
 * constraints of the request and of every action, one action per entry, then per action the
 * table and the same operation rules and expressions as the single-item write, then the
 * transaction's own rules (one action per item, 4 MB of payload).
 */
final class WriteRequestValidation {

    static final int MAX_ACTIONS = 100;
    static final long MAX_PAYLOAD_BYTES = 4L * 1024 * 1024;

    private WriteRequestValidation() {}

    static List<TransactAction> validate(TransactWriteItemsRequest request, TableOperations tables) {
        checkConstraints(request);
        InvalidKeys.cancelIfAny(request.transactItems(), tables);
        List<TransactAction> actions = new ArrayList<>(request.transactItems().size());
        Set<ByteBuffer> items = new HashSet<>();
        long payload = 0;
        for (int i = 0; i < request.transactItems().size(); i++) {
            TransactAction action = prepare(i, request.transactItems().get(i), tables);
            if (!items.add(action.itemIdentity())) {
                throw ApiException.validation("Transaction request cannot include multiple operations on one item");
            }
            payload += payloadBytes(request.transactItems().get(i), action);
            actions.add(action);
        }
        if (payload > MAX_PAYLOAD_BYTES) {
            throw ApiException.validation("Transaction payload size cannot exceed 4MB. Payload Size: " + payload);
        }
        return actions;
    }

    private static void checkConstraints(TransactWriteItemsRequest request) {
        ConstraintViolations violations = new ConstraintViolations()
                .notNull("transactItems", request.transactItems())
                .size("transactItems", request.transactItems(), 1, MAX_ACTIONS);
        if (request.clientRequestToken() != null) {
            int length = request.clientRequestToken().length();
            if (length < 1) {
                violations.add(request.clientRequestToken(), "clientRequestToken",
                        "Member must have length greater than or equal to 1");
            }
            if (length > 36) {
                violations.add(request.clientRequestToken(), "clientRequestToken",
                        "Member must have length less than or equal to 36");
            }
        }
        violations.oneOf("returnConsumedCapacity", request.returnConsumedCapacity(), Enums.RETURN_CONSUMED_CAPACITY)
                .oneOf("returnItemCollectionMetrics", request.returnItemCollectionMetrics(),
                        Enums.RETURN_ITEM_COLLECTION_METRICS);
        if (request.transactItems() != null && request.transactItems().size() <= MAX_ACTIONS) {
            for (int i = 0; i < request.transactItems().size(); i++) {
                checkAction(violations, "transactItems." + (i + 1) + ".member.", request.transactItems().get(i));
            }
        }
        violations.throwIfAny();
    }

    private static void checkAction(ConstraintViolations violations, String prefix, TransactWriteItem item) {
        if (item == null) {
            return;
        }
        if (item.conditionCheck() != null) {
            ConditionCheck check = item.conditionCheck();
            String at = prefix + "conditionCheck.";
            violations.notNull(at + "key", check.key()).tableName(at + "tableName", check.tableName())
                    .notNull(at + "conditionExpression", check.conditionExpression());
            onFailure(violations, at, check.returnValuesOnConditionCheckFailure());
        }
        if (item.put() != null) {
            String at = prefix + "put.";
            violations.notNull(at + "item", item.put().item()).tableName(at + "tableName", item.put().tableName());
            onFailure(violations, at, item.put().returnValuesOnConditionCheckFailure());
        }
        if (item.delete() != null) {
            String at = prefix + "delete.";
            violations.notNull(at + "key", item.delete().key()).tableName(at + "tableName", item.delete().tableName());
            onFailure(violations, at, item.delete().returnValuesOnConditionCheckFailure());
        }
        if (item.update() != null) {
            String at = prefix + "update.";
            violations.notNull(at + "key", item.update().key())
                    .notNull(at + "updateExpression", item.update().updateExpression())
                    .tableName(at + "tableName", item.update().tableName());
            onFailure(violations, at, item.update().returnValuesOnConditionCheckFailure());
        }
    }

    private static void onFailure(ConstraintViolations violations, String at, String value) {
        violations.oneOf(at + "returnValuesOnConditionCheckFailure", value,
                Enums.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE);
    }

    private static TransactAction prepare(int index, TransactWriteItem item, TableOperations tables) {
        int set = item == null ? 0 : count(item.conditionCheck()) + count(item.put()) + count(item.delete())
                + count(item.update());
        if (set == 0) {
            throw ApiException.validation(
                    "Invalid Request: TransactWriteRequest should contain Delete or Put or Update request");
        }
        if (set > 1) {
            throw ApiException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
        }
        if (item.conditionCheck() != null) {
            ConditionCheck c = item.conditionCheck();
            PreparedWrite write = WritePreparation.conditionCheck(tables.require(c.tableName()), c.key(),
                    c.conditionExpression(), c.expressionAttributeNames(), c.expressionAttributeValues(),
                    c.returnValuesOnConditionCheckFailure());
            return new TransactAction(index, ActionKind.CONDITION_CHECK, write);
        }
        if (item.put() != null) {
            Put p = item.put();
            PreparedWrite write = WritePreparation.put(tables.require(p.tableName()), p.item(),
                    p.conditionExpression(), p.expressionAttributeNames(), p.expressionAttributeValues(),
                    p.returnValuesOnConditionCheckFailure());
            return new TransactAction(index, ActionKind.PUT, write);
        }
        if (item.delete() != null) {
            Delete d = item.delete();
            PreparedWrite write = WritePreparation.delete(tables.require(d.tableName()), d.key(),
                    d.conditionExpression(), d.expressionAttributeNames(), d.expressionAttributeValues(),
                    d.returnValuesOnConditionCheckFailure());
            return new TransactAction(index, ActionKind.DELETE, write);
        }
        Update u = item.update();
        TableMetadata table = tables.require(u.tableName());
        PreparedWrite write = WritePreparation.update(table, u.key(), u.updateExpression(), u.conditionExpression(),
                u.expressionAttributeNames(), u.expressionAttributeValues(), u.returnValuesOnConditionCheckFailure());
        return new TransactAction(index, ActionKind.UPDATE, write);
    }

    /** What an action carries: its item or key and its expression values, measured as DynamoDB measures items. */
    private static long payloadBytes(TransactWriteItem item, TransactAction action) {
        Map<String, AttributeValue> values = item.conditionCheck() != null
                ? item.conditionCheck().expressionAttributeValues()
                : item.put() != null ? item.put().expressionAttributeValues()
                : item.delete() != null ? item.delete().expressionAttributeValues()
                : item.update().expressionAttributeValues();
        long bytes = action.write().item() != null ? ItemSize.of(action.write().item())
                : ItemSize.of(action.write().key().key());
        return bytes + (values == null ? 0 : ItemSize.of(values));
    }

    private static int count(Object member) {
        return member == null ? 0 : 1;
    }
}
