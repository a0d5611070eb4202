package dev.cairn.tck.api;

import static dev.cairn.tck.api.Items.b;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.l;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Answers where the rule, not the wording, was wrong: contains() on binary values, the order in
 * which several elements set past a list's end are appended, the capacity a consistent Scan
 * consumes and the per-index breakdown ReturnConsumedCapacity INDEXES gives.
 */
public abstract class DynamoDbSemanticsSuite extends ApiSuite {

    @Test
    void containsFindsARunOfBytesInABinaryAttribute() {
        String table = hashTable();
        put(table, item("pk", s("a"), "payload", b(1, 2, 3, 4)));

        // AWS API reference, Condition, CONTAINS: "If the target attribute of the comparison is of type
        // Binary, then the operator looks for a subsequence of the target that matches the input"
        client.updateItem(r -> r.tableName(table).key(item("pk", s("a"))).updateExpression("SET hit = :one")
                .conditionExpression("contains(payload, :run)").expressionAttributeValues(Map.of(":run", b(2, 3), ":one", n(1))));
        assertThat(get(table, item("pk", s("a")))).containsEntry("hit", n(1));
        assertThatThrownBy(() -> client.updateItem(r -> r.tableName(table)
                .key(item("pk", s("a"))).updateExpression("SET hit = :one").conditionExpression("contains(payload, :run)")
                .expressionAttributeValues(Map.of(":run", b(3, 2), ":one", n(2))))).isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(client.scan(r -> r.tableName(table).filterExpression("contains(payload, :run)")
                .expressionAttributeValues(Map.of(":run", b(4)))).count()).isEqualTo(1);
    }

    @Test
    void elementsSetPastTheEndOfAListAreAppendedInIndexOrder() {
        String table = hashTable();
        put(table, item("pk", s("a"), "elems", l(n(1), n(2))));

        client.updateItem(r -> r.tableName(table).key(item("pk", s("a")))
                .updateExpression("SET elems[10] = :ten, elems[5] = :five")
                .expressionAttributeValues(Map.of(":ten", s("ten"), ":five", s("five"))));

        assertThat(get(table, item("pk", s("a"))).get("elems")).isEqualTo(l(n(1), n(2), s("five"), s("ten")));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers 500 InternalFailure")
    void aNonKeyAttributeNameOf65535BytesIsAccepted() {
        String table = hashTable();
        String name = "n".repeat(65_535);

        // Alternator test_limits.py test_limit_attribute_length_nonkey_good (run against DynamoDB). The
        // SDK's own JSON reader refuses names over 50,000 characters, so the item is checked by a condition.
        put(table, item("pk", s("a"), name, n(1)));

        client.updateItem(r -> r.tableName(table).key(item("pk", s("a"))).updateExpression("SET seen = :one")
                .conditionExpression("#long = :one").expressionAttributeNames(Map.of("#long", name))
                .expressionAttributeValues(Map.of(":one", n(1))));
        assertThat(client.getItem(r -> r.tableName(table).key(item("pk", s("a"))).projectionExpression("seen")).item())
                .containsEntry("seen", n(1));
    }

    @Test
    void aConsistentScanConsumesTwiceTheUnitsOfAnEventualOne() {
        String table = hashTable();
        put(table, item("pk", s("a")));

        // AWS developer guide, "Read capacity unit consumption for Scan": strongly consistent reads
        // cost one unit per 4 KB, eventually consistent ones half of that
        ConsumedCapacity consistent = client.scan(r -> r.tableName(table).consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
        ConsumedCapacity eventual = client.scan(r -> r.tableName(table)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();

        assertThat(consistent.capacityUnits()).isEqualTo(1.0);
        assertThat(eventual.capacityUnits()).isEqualTo(0.5);
    }

    @Test
    @Requires(Capability.SECONDARY_INDEXES)
    void indexesCapacityOfAGlobalIndexQueryIsReportedForTheIndex() {
        String table = globalIndexTable();
        put(table, item("pk", s("a"), "city", s("Oslo")));

        // AWS API reference, ReturnConsumedCapacity INDEXES: "ConsumedCapacity for each table and
        // secondary index that was accessed"
        ConsumedCapacity capacity = client.query(r -> r.tableName(table).indexName("byCity")
                .keyConditionExpression("city = :c").expressionAttributeValues(Map.of(":c", s("Oslo")))
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();

        assertThat(capacity.capacityUnits()).isEqualTo(0.5);
        assertThat(capacity.globalSecondaryIndexes()).containsOnlyKeys("byCity");
        assertThat(capacity.globalSecondaryIndexes().get("byCity").capacityUnits()).isEqualTo(0.5);
    }

    @Test
    @Requires(Capability.SECONDARY_INDEXES)
    void indexesCapacityOfAWriteNamesTheTableAndEachIndexItWrites() {
        String table = globalIndexTable();

        ConsumedCapacity capacity = client.putItem(r -> r.tableName(table).item(item("pk", s("a"), "city", s("Oslo")))
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();

        assertThat(capacity.table().capacityUnits()).isEqualTo(1.0);
        assertThat(capacity.globalSecondaryIndexes()).containsOnlyKeys("byCity");
        assertThat(capacity.globalSecondaryIndexes().get("byCity").capacityUnits()).isEqualTo(1.0);
        assertThat(capacity.capacityUnits()).isEqualTo(2.0);
    }
}
