package dev.cairn.frontend.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** TransactWriteItems and TransactGetItems through the embedded client: every member reaches the engine, every answer comes back. */
class TransactionOperationsTest {

    private final RecordingEngine engine = new RecordingEngine();
    private final DynamoDbClient client = EmbeddedDynamoDbClient.owning(engine);

    @BeforeEach
    void tables() {
        Tables.createKeyed(client, "left");
        Tables.createKeyed(client, "right");
    }

    @AfterEach
    void close() {
        client.close();
    }

    private static TransactWriteItem put(String table, Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)).build();
    }

    @Test
    void transactWriteAppliesAllFourActionsAcrossTablesAndReportsCapacity() {
        client.putItem(b -> b.tableName("left").item(Tables.key("checked", 1)));
        client.putItem(b -> b.tableName("left").item(Tables.key("doomed", 1)));

        var response = client.transactWriteItems(b -> b.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).transactItems(
                put("right", Tables.everyType("new", 1)),
                TransactWriteItem.builder().update(u -> u.tableName("left").key(Tables.key("counter", 1))
                        .updateExpression("ADD #c :one").expressionAttributeNames(Map.of("#c", "count"))
                        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))).build(),
                TransactWriteItem.builder().delete(d -> d.tableName("left").key(Tables.key("doomed", 1))).build(),
                TransactWriteItem.builder().conditionCheck(c -> c.tableName("left").key(Tables.key("checked", 1))
                        .conditionExpression("attribute_exists(pk)")).build()));

        assertThat(response.consumedCapacity()).extracting(c -> c.tableName()).containsExactlyInAnyOrder("left", "right");
        assertThat(client.getItem(b -> b.tableName("right").key(Tables.key("new", 1))).item()).isEqualTo(Tables.everyType("new", 1));
        assertThat(client.getItem(b -> b.tableName("left").key(Tables.key("counter", 1))).item().get("count"))
                .isEqualTo(AttributeValue.fromN("1"));
        assertThat(client.getItem(b -> b.tableName("left").key(Tables.key("doomed", 1))).hasItem()).isFalse();
    }

    @Test
    void everyActionMemberAndTheTokenReachTheEngine() {
        client.transactWriteItems(b -> b.clientRequestToken("token-1").transactItems(
                TransactWriteItem.builder().put(p -> p.tableName("left").item(Tables.key("a", 1))
                        .conditionExpression("attribute_not_exists(#p)").expressionAttributeNames(Map.of("#p", "pk"))
                        .returnValuesOnConditionCheckFailure("ALL_OLD")).build(),
                TransactWriteItem.builder().update(u -> u.tableName("left").key(Tables.key("b", 1))
                        .updateExpression("SET v = :v").conditionExpression("attribute_not_exists(v) OR v <> :v")
                        .expressionAttributeValues(Map.of(":v", AttributeValue.fromS("x")))).build()));

        var request = engine.last(dev.cairn.api.model.TransactWriteItemsRequest.class);
        assertThat(request.clientRequestToken()).isEqualTo("token-1");
        assertThat(request.returnConsumedCapacity()).isNull();
        var put = request.transactItems().get(0);
        assertThat(put.update()).isNull();
        assertThat(put.conditionCheck()).isNull();
        assertThat(put.delete()).isNull();
        assertThat(put.put().tableName()).isEqualTo("left");
        assertThat(put.put().expressionAttributeNames()).isEqualTo(Map.of("#p", "pk"));
        assertThat(put.put().expressionAttributeValues()).isNull();
        assertThat(put.put().returnValuesOnConditionCheckFailure()).isEqualTo("ALL_OLD");
        var update = request.transactItems().get(1).update();
        assertThat(update.updateExpression()).isEqualTo("SET v = :v");
        assertThat(update.expressionAttributeNames()).isNull();
        assertThat(update.expressionAttributeValues()).containsOnlyKeys(":v");
    }

    @Test
    void aCancelledTransactionSurfacesTheReasonsInOrderWithTheOldItem() {
        client.putItem(b -> b.tableName("left").item(Tables.everyType("taken", 1)));

        TransactionCanceledException error = catchThrowableOfType(TransactionCanceledException.class, () -> client.transactWriteItems(b -> b
                .transactItems(put("right", Tables.key("fresh", 1)),
                        TransactWriteItem.builder().put(p -> p.tableName("left").item(Tables.key("taken", 1))
                                .conditionExpression("attribute_not_exists(pk)").returnValuesOnConditionCheckFailure("ALL_OLD")).build())));

        assertThat(error).isNotNull();
        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("TransactionCanceledException");
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.cancellationReasons()).extracting(CancellationReason::code).containsExactly("None", "ConditionalCheckFailed");
        assertThat(error.cancellationReasons().get(0).hasItem()).isFalse();
        assertThat(error.cancellationReasons().get(1).item()).isEqualTo(Tables.everyType("taken", 1));
        assertThat(client.getItem(b -> b.tableName("right").key(Tables.key("fresh", 1))).hasItem()).isFalse();
    }

    @Test
    void aReusedTokenWithAnotherRequestIsAnIdempotentParameterMismatch() {
        client.transactWriteItems(b -> b.clientRequestToken("same").transactItems(put("left", Tables.key("a", 1))));

        var error = catchThrowableOfType(IdempotentParameterMismatchException.class, () -> client.transactWriteItems(b -> b
                .clientRequestToken("same").transactItems(put("left", Tables.key("a", 2)))));

        assertThat(error).isNotNull();
        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("IdempotentParameterMismatchException");
    }

    @Test
    void transactGetAnswersInRequestOrderWithAnEmptyResponseForAMissingItem() {
        client.putItem(b -> b.tableName("left").item(Tables.everyType("a", 1)));
        client.putItem(b -> b.tableName("right").item(Tables.everyType("b", 1)));

        var response = client.transactGetItems(b -> b.transactItems(
                TransactGetItem.builder().get(g -> g.tableName("right").key(Tables.key("b", 1))
                        .projectionExpression("#s, n").expressionAttributeNames(Map.of("#s", "s"))).build(),
                TransactGetItem.builder().get(g -> g.tableName("left").key(Tables.key("missing", 1))).build(),
                TransactGetItem.builder().get(g -> g.tableName("left").key(Tables.key("a", 1))).build()));

        assertThat(response.responses()).hasSize(3);
        assertThat(response.responses().get(0).item()).isEqualTo(Map.of("s", Tables.everyType("b", 1).get("s"),
                "n", Tables.everyType("b", 1).get("n")));
        assertThat(response.responses().get(1).hasItem()).isFalse();
        assertThat(response.responses().get(2).item()).isEqualTo(Tables.everyType("a", 1));
        assertThat(response.hasConsumedCapacity()).isFalse();
        var request = engine.last(dev.cairn.api.model.TransactGetItemsRequest.class);
        assertThat(request.transactItems().get(0).get().expressionAttributeNames()).isEqualTo(Map.of("#s", "s"));
        assertThat(request.transactItems().get(1).get().expressionAttributeNames()).isNull();
    }

    @Test
    void anEmptyTransactionIsRejectedByTheEngineNotTheClient() {
        var error = catchThrowableOfType(DynamoDbException.class, () -> client.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().build())));

        assertThat(error).isNotNull();
        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
        assertThat(engine.last(dev.cairn.api.model.TransactWriteItemsRequest.class).transactItems().get(0).put()).isNull();
    }
}
