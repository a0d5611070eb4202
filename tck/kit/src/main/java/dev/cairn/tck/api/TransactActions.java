package dev.cairn.tck.api;

import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** The transaction actions {@link TransactWriteSuite} and {@link TransactGetSuite} build their requests from. */
final class TransactActions {

    private TransactActions() {}

    static TransactWriteItem putAction(String table, Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)).build();
    }

    static TransactWriteItem deleteAction(String table, Map<String, AttributeValue> key) {
        return TransactWriteItem.builder().delete(d -> d.tableName(table).key(key)).build();
    }

    static TransactWriteItem conditionCheck(String table, Map<String, AttributeValue> key, String condition,
            Map<String, String> names, Map<String, AttributeValue> values) {
        return TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(key).conditionExpression(condition)
                .expressionAttributeNames(names).expressionAttributeValues(values)).build();
    }

    static TransactWriteItem transfer(String table, String account, int amount) {
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(item("pk", s(account)))
                .updateExpression("ADD balance :amt").expressionAttributeValues(item(":amt", n(amount)))).build();
    }

    static TransactGetItem read(String table, Map<String, AttributeValue> key) {
        return TransactGetItem.builder().get(g -> g.tableName(table).key(key)).build();
    }
}
