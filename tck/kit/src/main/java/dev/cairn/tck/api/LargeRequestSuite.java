package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertValidation;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;
import static dev.cairn.tck.api.TransactActions.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;

/**
 * Requests and answers at DynamoDB's size limits: an item of 400,000 small attributes is refused
 * for its size (400 KB), a read transaction over 4 MB is refused, and a BatchGetItem whose items
 * exceed 16 MB answers part of them and returns the rest as UnprocessedKeys.
 */
public abstract class LargeRequestSuite extends ApiSuite {

    private static final int LARGE = 390_000;

    @Test
    void putItemOf400000SmallAttributesIsRefusedForItsSize() {
        String table = hashTable();
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", s("many"));
        for (int i = 0; i < 400_000; i++) {
            item.put("a" + i, n(1));
        }

        assertValidation("Item size has exceeded the maximum allowed size", () -> put(table, item));
        assertThat(get(table, item("pk", s("many")))).isNull();
    }

    @Test
    @Requires(Capability.TRANSACTIONS)
    void transactGetOfItemsOverFourMegabytesIsRefused() {
        String table = hashTable();
        List<TransactGetItem> reads = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            put(table, large("k" + i));
            reads.add(read(table, item("pk", s("k" + i))));
        }

        assertThat(client.transactGetItems(r -> r.transactItems(reads.subList(0, 10))).responses()).hasSize(10);
        DynamoDbException refused = assertValidation(() -> client.transactGetItems(r -> r.transactItems(reads)));
        // DynamoDB Local 3.3.1 appends the size it counted ("...too large.4290100")
        assertThat(refused.awsErrorDetails().errorMessage()).startsWith("Payload in response is too large.");
    }

    @Test
    void batchGetOfItemsOverSixteenMegabytesReturnsTheRestAsUnprocessedKeys() {
        String table = hashTable();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            put(table, large("k" + i));
            keys.add(item("pk", s("k" + i)));
        }

        BatchGetItemResponse response = client.batchGetItem(r -> r.requestItems(Map.of(table,
                software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes.builder().keys(keys).build())));

        List<Map<String, AttributeValue>> found = response.responses().get(table);
        List<Map<String, AttributeValue>> left = response.unprocessedKeys().get(table).keys();
        assertThat(left).isNotEmpty();
        assertThat(found.size() + left.size()).isEqualTo(keys.size());
        assertThat((long) found.size() * LARGE).isLessThanOrEqualTo(16L * 1024 * 1024 + LARGE);
        List<Map<String, AttributeValue>> answered = new ArrayList<>(left);
        found.forEach(item -> answered.add(item("pk", item.get("pk"))));
        assertThat(answered).containsExactlyInAnyOrderElementsOf(keys);
    }

    private static Map<String, AttributeValue> large(String pk) {
        return item("pk", s(pk), "v", s("x".repeat(LARGE)));
    }
}
