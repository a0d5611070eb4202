package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertError;
import static dev.cairn.tck.api.ApiErrors.assertValidation;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchGetItem (at most 100 keys) and BatchWriteItem (at most 25 puts and deletes): found items
 * come back, missing ones are simply absent, and a request that breaks a rule (too many keys, the
 * same key twice, an unknown table) is rejected whole before anything is read or written.
 * Unprocessed keys and items are legal answers, so the tests resubmit them as a client must.
 */
public abstract class BatchSuite extends ApiSuite {

    @Test
    void batchGetReturnsFoundItemsAndOmitsMissingOnes() {
        String table = hashTable();
        put(table, item("pk", s("a"), "v", n(1)));
        put(table, item("pk", s("b"), "v", n(2)));

        List<Map<String, AttributeValue>> items = batchGetAll(Map.of(table, KeysAndAttributes.builder()
                .keys(item("pk", s("a")), item("pk", s("b")), item("pk", s("missing"))).build())).get(table);

        assertThat(items).containsExactlyInAnyOrder(item("pk", s("a"), "v", n(1)), item("pk", s("b"), "v", n(2)));
    }

    @Test
    void batchGetReadsAHundredKeysAcrossTables() {
        String first = hashTable();
        String second = hashTable();
        List<Map<String, AttributeValue>> firstKeys = writeKeys(first, 60);
        List<Map<String, AttributeValue>> secondKeys = writeKeys(second, 40);

        Map<String, List<Map<String, AttributeValue>>> read = batchGetAll(Map.of(
                first, KeysAndAttributes.builder().keys(firstKeys).build(),
                second, KeysAndAttributes.builder().keys(secondKeys).build()));

        assertThat(read.get(first)).hasSize(60);
        assertThat(read.get(second)).hasSize(40);
    }

    @Test
    void batchGetAppliesTheProjectionPerTable() {
        String table = hashTable();
        put(table, item("pk", s("a"), "x", n(1), "y", n(2)));

        List<Map<String, AttributeValue>> items = batchGetAll(Map.of(table, KeysAndAttributes.builder()
                .keys(item("pk", s("a"))).projectionExpression("y").build())).get(table);

        assertThat(items).containsExactly(item("y", n(2)));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Too many items requested for the BatchGetItem call\"")
    void batchGetRejectsMoreThanAHundredKeys() {
        String table = hashTable();
        List<Map<String, AttributeValue>> keys = keys(101);

        // wording: nubo-db/dynamodb-conformance tests/tier3/error-messages/batchGetItem.test.ts
        assertValidation("1 validation error detected: Value at 'RequestItems." + table + ".member.Keys' failed to "
                + "satisfy constraint: Member must have length less than or equal to 100", () -> client.batchGetItem(r -> r
                .requestItems(Map.of(table, KeysAndAttributes.builder().keys(keys).build()))));
    }

    @Test
    void batchGetRejectsDuplicateKeys() {
        String table = hashTable();

        assertValidation("Provided list of item keys contains duplicates", () -> client.batchGetItem(r -> r
                .requestItems(Map.of(table, KeysAndAttributes.builder().keys(item("pk", s("a")), item("pk", s("a"))).build()))));
    }

    @Test
    void batchGetOfAnUnknownTableFailsWithResourceNotFound() {
        String missing = uniqueTableName();

        assertError(ResourceNotFoundException.class, "ResourceNotFoundException", () -> client.batchGetItem(r -> r
                .requestItems(Map.of(missing, KeysAndAttributes.builder().keys(item("pk", s("a"))).build()))));
    }

    @Test
    void batchWriteAppliesTwentyFivePutsAndDeletes() {
        String table = hashTable();
        put(table, item("pk", s("old1")));
        put(table, item("pk", s("old2")));
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            writes.add(putRequest(item("pk", s("k" + i), "v", n(i))));
        }
        writes.add(deleteRequest(item("pk", s("old1"))));
        writes.add(deleteRequest(item("pk", s("old2"))));

        batchWriteAll(Map.of(table, writes));

        assertThat(get(table, item("pk", s("k22")))).isEqualTo(item("pk", s("k22"), "v", n(22)));
        assertThat(get(table, item("pk", s("old1")))).isNull();
        assertThat(client.scan(r -> r.tableName(table)).count()).isEqualTo(23);
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Too many items requested for the BatchWriteItem call\"")
    void batchWriteRejectsMoreThanTwentyFiveRequests() {
        String table = hashTable();
        List<WriteRequest> writes = keys(26).stream().map(BatchSuite::putRequest).toList();

        // wording: dynalite test/batchWriteItem.js, nubo-db/dynamodb-conformance batchWriteItem.test.ts;
        // DynamoDB echoes the map in its own Java rendering, so only the envelope is pinned
        String message = assertValidation(() -> client.batchWriteItem(r -> r.requestItems(Map.of(table, writes))))
                .awsErrorDetails().errorMessage();
        assertThat(message).startsWith("1 validation error detected: Value '{" + table + "=[")
                .endsWith("]}' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: "
                        + "[Member must have length less than or equal to 25, Member must have length greater than "
                        + "or equal to 1]");
        assertThat(client.scan(r -> r.tableName(table)).count()).isZero();
    }

    @Test
    void batchWriteRejectsTwoRequestsForTheSameKeyAndWritesNothing() {
        String table = hashTable();
        put(table, item("pk", s("a"), "v", n(0)));

        assertValidation("Provided list of item keys contains duplicates", () -> client.batchWriteItem(r -> r
                .requestItems(Map.of(table, List.of(putRequest(item("pk", s("b"))), putRequest(item("pk", s("a"), "v", n(1))),
                        deleteRequest(item("pk", s("a"))))))));
        assertThat(get(table, item("pk", s("a")))).isEqualTo(item("pk", s("a"), "v", n(0)));
        assertThat(get(table, item("pk", s("b")))).isNull();
    }

    @Test
    void batchWriteWithOneInvalidItemWritesNothing() {
        String table = hashTable();

        assertValidation(() -> client.batchWriteItem(r -> r.requestItems(Map.of(table,
                List.of(putRequest(item("pk", s("good"))), putRequest(item("pk", n(1))))))));
        assertThat(get(table, item("pk", s("good")))).isNull();
    }

    @Test
    void batchWriteToAnUnknownTableFailsWithResourceNotFoundAndWritesNothing() {
        String table = hashTable();
        String missing = uniqueTableName();

        assertError(ResourceNotFoundException.class, "ResourceNotFoundException", () -> client.batchWriteItem(r -> r
                .requestItems(Map.of(table, List.of(putRequest(item("pk", s("a")))), missing, List.of(putRequest(item("pk", s("a"))))))));
        assertThat(get(table, item("pk", s("a")))).isNull();
    }

    private List<Map<String, AttributeValue>> writeKeys(String table, int count) {
        List<Map<String, AttributeValue>> keys = keys(count);
        for (int from = 0; from < count; from += 25) {
            batchWriteAll(Map.of(table, keys.subList(from, Math.min(count, from + 25)).stream().map(BatchSuite::putRequest).toList()));
        }
        return keys;
    }

    private static List<Map<String, AttributeValue>> keys(int count) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(item("pk", s("key" + i)));
        }
        return keys;
    }

    private void batchWriteAll(Map<String, List<WriteRequest>> writes) {
        Map<String, List<WriteRequest>> pending = writes;
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            assertThat(attempt).as("attempts to write unprocessed items").isLessThan(50);
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse response = client.batchWriteItem(r -> r.requestItems(request));
            pending = response.unprocessedItems();
        }
    }

    private Map<String, List<Map<String, AttributeValue>>> batchGetAll(Map<String, KeysAndAttributes> keys) {
        Map<String, List<Map<String, AttributeValue>>> found = new HashMap<>();
        Map<String, KeysAndAttributes> pending = keys;
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            assertThat(attempt).as("attempts to read unprocessed keys").isLessThan(50);
            Map<String, KeysAndAttributes> request = pending;
            BatchGetItemResponse response = client.batchGetItem(r -> r.requestItems(request));
            response.responses().forEach((table, items) -> found.computeIfAbsent(table, t -> new ArrayList<>()).addAll(items));
            pending = response.unprocessedKeys();
        }
        return found;
    }

    private static WriteRequest putRequest(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(p -> p.item(item)).build();
    }

    private static WriteRequest deleteRequest(Map<String, AttributeValue> key) {
        return WriteRequest.builder().deleteRequest(d -> d.key(key)).build();
    }
}
