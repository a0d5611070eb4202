package dev.cairn.frontend.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

class ItemOperationsTest {

    private final RecordingEngine engine = new RecordingEngine();
    private final DynamoDbClient client = EmbeddedDynamoDbClient.owning(engine);

    @BeforeEach
    void table() {
        Tables.createKeyed(client, "items");
    }

    @AfterEach
    void close() {
        client.close();
    }

    private void put(int sk, String name, AttributeValue value) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(Tables.key("a", sk));
        item.put(name, value);
        client.putItem(b -> b.tableName("items").item(item));
    }

    @Test
    void putItemReturnsTheOldItemWhenAskedAndNothingOtherwise() {
        var first = client.putItem(b -> b.tableName("items").item(Tables.everyType("a", 1)).returnValues(ReturnValue.ALL_OLD));
        assertThat(first.hasAttributes()).isFalse();
        assertThat(first.consumedCapacity()).isNull();

        var second = client.putItem(b -> b.tableName("items").item(Tables.key("a", 1)).returnValues(ReturnValue.ALL_OLD)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

        assertThat(second.attributes()).isEqualTo(Tables.everyType("a", 1));
        assertThat(second.consumedCapacity().tableName()).isEqualTo("items");
        assertThat(second.consumedCapacity().capacityUnits()).isPositive();
    }

    @Test
    void getItemOfAMissingItemHasNoItem() {
        var got = client.getItem(b -> b.tableName("items").key(Tables.key("nobody", 1)));

        assertThat(got.hasItem()).isFalse();
        assertThat(got.sdkHttpResponse().isSuccessful()).isTrue();
        assertThat(got.responseMetadata().requestId()).hasSize(52);
    }

    @Test
    void getItemProjectsNestedPathsWithExpressionNames() {
        client.putItem(b -> b.tableName("items").item(Tables.everyType("a", 1)));

        var got = client.getItem(b -> b.tableName("items").key(Tables.key("a", 1)).consistentRead(true)
                .projectionExpression("#m.nested.deep[1], l[0]").expressionAttributeNames(Map.of("#m", "m")));

        assertThat(got.item()).isEqualTo(Map.of(
                "m", AttributeValue.fromM(Map.of("nested", AttributeValue.fromM(Map.of("deep",
                        AttributeValue.fromL(java.util.List.of(AttributeValue.fromB(Tables.bytes(9)))))))),
                "l", AttributeValue.fromL(java.util.List.of(AttributeValue.fromN("3")))));
    }

    @Test
    void getItemWithLegacyAttributesToGetReturnsOnlyThoseAttributes() {
        client.putItem(b -> b.tableName("items").item(Tables.everyType("a", 1)));

        var got = Attempt.of(() -> client.getItem(b -> b.tableName("items").key(Tables.key("a", 1)).attributesToGet("s", "bool")));

        assertThat(engine.last(dev.cairn.api.model.GetItemRequest.class).attributesToGet()).containsExactly("s", "bool");
        assertThat(got.orAbort().item()).containsOnlyKeys("s", "bool");
    }

    @Test
    void updateItemWithAnExpressionReturnsUpdatedNewValues() {
        put(1, "count", AttributeValue.fromN("1"));

        var response = client.updateItem(b -> b.tableName("items").key(Tables.key("a", 1))
                .updateExpression("ADD #c :one SET tags = :tags")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#c", "count"))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"), ":tags", AttributeValue.fromSs(java.util.List.of("x"))))
                .returnValues(ReturnValue.UPDATED_NEW));

        assertThat(response.attributes()).isEqualTo(Map.of("count", AttributeValue.fromN("2"),
                "tags", AttributeValue.fromSs(java.util.List.of("x"))));
    }

    @Test
    void updateItemWithLegacyAttributeUpdatesAndExpectedApplies() {
        put(1, "count", AttributeValue.fromN("5"));

        var response = Attempt.of(() -> client.updateItem(b -> b.tableName("items").key(Tables.key("a", 1))
                .attributeUpdates(Map.of("count", AttributeValueUpdate.builder().action(AttributeAction.ADD)
                        .value(AttributeValue.fromN("-2")).build()))
                .expected(Map.of("count", ExpectedAttributeValue.builder().comparisonOperator(ComparisonOperator.GT)
                        .attributeValueList(AttributeValue.fromN("4")).build()))
                .returnValues(ReturnValue.ALL_OLD)));

        var delivered = engine.last(dev.cairn.api.model.UpdateItemRequest.class);
        assertThat(delivered.attributeUpdates()).isEqualTo(Map.of("count",
                new dev.cairn.api.model.AttributeValueUpdate(dev.cairn.api.model.AttributeValue.n("-2"), "ADD")));
        assertThat(delivered.expected()).isEqualTo(Map.of("count", new dev.cairn.api.model.ExpectedAttributeValue(
                null, null, "GT", java.util.List.of(dev.cairn.api.model.AttributeValue.n("4")))));
        assertThat(delivered.updateExpression()).isNull();
        assertThat(delivered.expressionAttributeValues()).isNull();
        assertThat(response.orAbort().attributes().get("count").n()).isEqualTo("5");
        assertThat(client.getItem(b -> b.tableName("items").key(Tables.key("a", 1))).item().get("count").n()).isEqualTo("3");
    }

    @Test
    void legacyExpectedThatFailsIsAConditionalCheckFailure() {
        put(1, "v", AttributeValue.fromS("x"));

        var attempt = Attempt.of(() -> {
            try {
                return client.putItem(b -> b.tableName("items").item(Tables.key("a", 1))
                        .expected(Map.of("v", ExpectedAttributeValue.builder().exists(false).build())));
            } catch (ConditionalCheckFailedException expected) {
                return expected;
            }
        });

        assertThat(engine.last(dev.cairn.api.model.PutItemRequest.class).expected())
                .isEqualTo(Map.of("v", new dev.cairn.api.model.ExpectedAttributeValue(null, false, null, null)));
        assertThat(attempt.orAbort()).isInstanceOf(ConditionalCheckFailedException.class);
    }

    @Test
    void deleteItemReturnsTheDeletedItemAndLeavesNothing() {
        client.putItem(b -> b.tableName("items").item(Tables.everyType("a", 1)));

        var deleted = client.deleteItem(b -> b.tableName("items").key(Tables.key("a", 1))
                .conditionExpression("#b = :false").expressionAttributeNames(Map.of("#b", "bool"))
                .expressionAttributeValues(Map.of(":false", AttributeValue.fromBool(false)))
                .returnValues(ReturnValue.ALL_OLD));

        assertThat(deleted.attributes()).isEqualTo(Tables.everyType("a", 1));
        assertThat(client.getItem(b -> b.tableName("items").key(Tables.key("a", 1))).hasItem()).isFalse();
    }

    @Test
    void aFailedConditionCarriesTheOldItemWhenReturnValuesOnConditionCheckFailureAsksForIt() {
        put(1, "v", AttributeValue.fromS("old"));

        assertThatThrownBy(() -> client.deleteItem(b -> b.tableName("items").key(Tables.key("a", 1))
                .conditionExpression("attribute_not_exists(v)").returnValuesOnConditionCheckFailure("ALL_OLD")))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class, e -> {
                    assertThat(e.hasItem()).isTrue();
                    assertThat(e.item().get("v").s()).isEqualTo("old");
                });
    }

    @Test
    void aFailedConditionWithoutReturnValuesCarriesNoItem() {
        put(1, "v", AttributeValue.fromS("old"));

        assertThatThrownBy(() -> client.putItem(b -> b.tableName("items").item(Tables.key("a", 1))
                .conditionExpression("attribute_not_exists(v)")))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class, e -> assertThat(e.hasItem()).isFalse());
    }
}
