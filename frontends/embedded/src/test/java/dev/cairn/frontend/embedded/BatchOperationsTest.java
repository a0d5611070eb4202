package dev.cairn.frontend.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.frontend.embedded.junit.CairnExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class BatchOperationsTest {

    @RegisterExtension
    static final CairnExtension CAIRN = Engines.extension();

    private DynamoDbClient client;

    @BeforeEach
    void twoTables(DynamoDbClient client) {
        this.client = client;
        Tables.createKeyed(client, "left");
        Tables.createKeyed(client, "right");
    }

    private static WriteRequest put(String pk, int sk) {
        return WriteRequest.builder().putRequest(p -> p.item(Tables.everyType(pk, sk))).build();
    }

    private static WriteRequest delete(String pk, int sk) {
        return WriteRequest.builder().deleteRequest(d -> d.key(Tables.key(pk, sk))).build();
    }

    @Test
    void batchWritePutsAndDeletesAcrossTablesAndAnswersNoUnprocessedItems() {
        client.batchWriteItem(b -> b.requestItems(Map.of("left", List.of(put("a", 1), put("a", 2)))));

        var response = client.batchWriteItem(b -> b.requestItems(Map.of(
                "left", List.of(delete("a", 1)),
                "right", List.of(put("b", 1)))).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

        assertThat(response.hasUnprocessedItems()).isTrue();
        assertThat(response.unprocessedItems()).isEmpty();
        assertThat(response.consumedCapacity()).extracting(c -> c.tableName()).containsExactlyInAnyOrder("left", "right");
        assertThat(client.scan(b -> b.tableName("left")).items()).containsExactly(Tables.everyType("a", 2));
        assertThat(client.scan(b -> b.tableName("right")).items()).containsExactly(Tables.everyType("b", 1));
    }

    @Test
    void batchGetReadsEveryTypeFromSeveralTablesWithProjection() {
        client.batchWriteItem(b -> b.requestItems(Map.of("left", List.of(put("a", 1), put("a", 2)), "right", List.of(put("b", 1)))));

        var response = client.batchGetItem(b -> b.requestItems(Map.of(
                "left", KeysAndAttributes.builder().keys(Tables.key("a", 1), Tables.key("a", 2), Tables.key("zz", 9)).consistentRead(true).build(),
                "right", KeysAndAttributes.builder().keys(Tables.key("b", 1)).projectionExpression("#s, m.nested")
                        .expressionAttributeNames(Map.of("#s", "s")).build())));

        assertThat(response.hasUnprocessedKeys()).isTrue();
        assertThat(response.unprocessedKeys()).isEmpty();
        assertThat(response.responses().get("left")).containsExactlyInAnyOrder(Tables.everyType("a", 1), Tables.everyType("a", 2));
        assertThat(response.responses().get("right")).singleElement().satisfies(item -> {
            assertThat(item).containsOnlyKeys("s", "m");
            assertThat(item.get("m").m()).containsOnlyKeys("nested");
        });
    }
}
