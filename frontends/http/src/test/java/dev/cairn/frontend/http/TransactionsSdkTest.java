package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.backend.memory.MemoryStore;
import dev.cairn.core.CairnEngine;
import dev.cairn.spi.storage.StoreConfig;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * TransactWriteItems and TransactGetItems from a real AWS SDK v2 client through the HTTP front end
 * to a real engine on the memory store, with and without its multi-partition transactions.
 */
class TransactionsSdkTest {

    private CairnEngine engine;
    private HttpFrontend server;
    private DynamoDbClient client;

    private void start(boolean multiPartitionTransactions) {
        engine = new CairnEngine(new MemoryStore(new StoreConfig(null,
                Map.of(MemoryStore.MULTI_PARTITION_TRANSACTIONS, Boolean.toString(multiPartitionTransactions)))));
        server = HttpFrontend.start(engine, HttpConfig.defaults().withPort(0));
        client = DynamoDbClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryPolicy(RetryPolicy.none()))
                .build();
        client.createTable(b -> b.tableName("txn_sdk")
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType("S").build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType("HASH").build())
                .billingMode("PAY_PER_REQUEST"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
        engine.close();
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void cancelledTransactionReportsReasonsInRequestOrderWithTheItem(boolean multiPartitionTransactions) {
        start(multiPartitionTransactions);
        client.putItem(b -> b.tableName("txn_sdk").item(Map.of("pk", s("x"), "v", n("1"))));

        assertThatThrownBy(() -> client.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName("txn_sdk").item(Map.of("pk", s("y")))).build(),
                TransactWriteItem.builder().put(p -> p.tableName("txn_sdk").item(Map.of("pk", s("x")))
                        .conditionExpression("attribute_not_exists(pk)")
                        .returnValuesOnConditionCheckFailure("ALL_OLD")).build())))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Transaction cancelled, please refer "
                            + "cancellation reasons for specific reasons [None, ConditionalCheckFailed]");
                    assertThat(e.cancellationReasons()).containsExactly(
                            CancellationReason.builder().code("None").build(),
                            CancellationReason.builder().code("ConditionalCheckFailed")
                                    .message("The conditional request failed")
                                    .item(Map.of("pk", s("x"), "v", n("1"))).build());
                });
        assertThat(client.getItem(b -> b.tableName("txn_sdk").key(Map.of("pk", s("y")))).hasItem()).isFalse();
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void committedTransactionIsReadBackByTransactGetItems(boolean multiPartitionTransactions) {
        start(multiPartitionTransactions);
        var written = client.transactWriteItems(b -> b.returnConsumedCapacity("TOTAL").transactItems(
                TransactWriteItem.builder().put(p -> p.tableName("txn_sdk")
                        .item(Map.of("pk", s("a"), "v", n("1"), "w", n("2")))).build(),
                TransactWriteItem.builder().update(u -> u.tableName("txn_sdk").key(Map.of("pk", s("b")))
                        .updateExpression("SET v = :v").expressionAttributeValues(Map.of(":v", n("3")))).build()));
        assertThat(written.consumedCapacity()).hasSize(1);
        assertThat(written.consumedCapacity().get(0).capacityUnits()).isEqualTo(4.0);

        var read = client.transactGetItems(b -> b.transactItems(
                TransactGetItem.builder().get(g -> g.tableName("txn_sdk").key(Map.of("pk", s("a")))
                        .projectionExpression("v")).build(),
                TransactGetItem.builder().get(g -> g.tableName("txn_sdk").key(Map.of("pk", s("b")))).build(),
                TransactGetItem.builder().get(g -> g.tableName("txn_sdk").key(Map.of("pk", s("none")))).build()));

        assertThat(read.responses()).hasSize(3);
        assertThat(read.responses().get(0).item()).isEqualTo(Map.of("v", n("1")));
        assertThat(read.responses().get(1).item()).isEqualTo(Map.of("pk", s("b"), "v", n("3")));
        assertThat(read.responses().get(2).hasItem()).isFalse();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    private static AttributeValue n(String value) {
        return AttributeValue.builder().n(value).build();
    }
}
