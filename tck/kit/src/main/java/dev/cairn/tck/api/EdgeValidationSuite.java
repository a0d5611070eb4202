package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertValidation;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;
import static dev.cairn.tck.api.TransactActions.conditionCheck;
import static dev.cairn.tck.api.TransactActions.deleteAction;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Validation at the edge (issue 14): input DynamoDB refuses is refused with its ValidationException
 * on every path, never changed or stored. What the SDK cannot send (JSON nulls inside items and
 * lists) is in the differential file edge-validation.json and the front ends' unit tests.
 * Empty attribute names: scylladb test/alternator/test_limits.py test_limit_attribute_length_nonkey_empty
 * (run against DynamoDB) matches "Empty attribute name"; the sentence is DynamoDB Local's.
 */
@Requires(Capability.TRANSACTIONS)
public abstract class EdgeValidationSuite extends ApiSuite {

    /** Before the fix: TransactionCanceledException, reason ValidationError "The provided key element does not match the schema". */
    @Test
    void transactionKeyWithAnEmptyAttributeNameIsAValidationException() {
        String table = hashTable();
        Map<String, AttributeValue> key = new LinkedHashMap<>(item("pk", s("a")));
        key.put("", s("x"));

        assertValidation("Empty attribute name", () -> client.transactWriteItems(r -> r.transactItems(
                conditionCheck(table, key, "attribute_not_exists(pk)", null, null))));
        assertValidation("Empty attribute name", () -> client.transactWriteItems(r -> r.transactItems(
                deleteAction(table, key))));
        assertValidation("Empty attribute name", () -> client.transactWriteItems(r -> r.transactItems(
                TransactWriteItem.builder().update(u -> u.tableName(table).key(key).updateExpression("SET v = :v")
                        .expressionAttributeValues(Map.of(":v", n(1)))).build())));
        assertThat(client.scan(r -> r.tableName(table)).count()).isZero();
    }

    /** Before the fix: TransactionCanceledException, reason ValidationError. */
    @Test
    void transactGetKeyWithAnEmptyAttributeNameIsAValidationException() {
        String table = hashTable();
        Map<String, AttributeValue> key = new LinkedHashMap<>(item("pk", s("a")));
        key.put("", s("x"));

        assertValidation("Empty attribute name", () -> client.transactGetItems(r -> r.transactItems(
                TransactGetItem.builder().get(g -> g.tableName(table).key(key)).build())));
    }

    /**
     * An item of many small attributes over 400 KB is refused on every write path while it is read
     * (issue 14: 400,000 attributes got a 500 after 5 s), and nothing of it is stored. Held before
     * the fix for bodies that fit the heap; pinned for the reader's early refusal.
     */
    @Test
    void itemOfManySmallAttributesOver400KbIsRefusedOnEveryWritePath() {
        String table = hashTable();
        Map<String, AttributeValue> big = new LinkedHashMap<>(item("pk", s("big")));
        for (int i = 0; i < 40_000; i++) {
            big.put("attribute" + i, n(1));
        }
        String tooLarge = "Item size has exceeded the maximum allowed size";

        assertValidation(tooLarge, () -> client.putItem(r -> r.tableName(table).item(big)));
        assertValidation(tooLarge, () -> client.batchWriteItem(r -> r.requestItems(Map.of(table,
                List.of(WriteRequest.builder().putRequest(p -> p.item(big)).build())))));
        assertValidation(tooLarge, () -> client.transactWriteItems(r -> r.transactItems(
                TransactActions.putAction(table, big))));
        assertThat(client.scan(r -> r.tableName(table)).count()).isZero();
    }
}
