package dev.cairn.frontend.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cairn.api.Engine;
import dev.cairn.frontend.http.HttpConfig;
import dev.cairn.frontend.http.HttpFrontend;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The embedded client against the SDK's own HTTP path, over one engine: for the same call both
 * must answer the same response, or throw the same exception class with the same error code,
 * message, status and {@code getMessage()} (request ids aside). This is the promise that a test
 * cannot tell the two apart.
 */
class HttpParityTest {

    private static Engine engine;
    private static HttpFrontend server;
    private static DynamoDbClient http;
    private static DynamoDbClient embedded;

    @BeforeAll
    static void start() {
        engine = Engines.inMemory();
        server = HttpFrontend.start(engine, HttpConfig.defaults().withPort(0));
        http = DynamoDbClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        embedded = EmbeddedDynamoDbClient.over(engine);
        Tables.createKeyed(embedded, "parity");
        for (int sk = 1; sk <= 3; sk++) {
            Map<String, AttributeValue> item = Tables.everyType("a", sk);
            embedded.putItem(b -> b.tableName("parity").item(item));
        }
    }

    @AfterAll
    static void stop() {
        http.close();
        embedded.close();
        server.close();
        engine.close();
    }

    static Stream<Named<Function<DynamoDbClient, Object>>> failingCalls() {
        return Stream.of(
                Named.of("ResourceNotFoundException on a missing table",
                        c -> c.describeTable(b -> b.tableName("missing"))),
                Named.of("ResourceInUseException on creating an existing table",
                        c -> { Tables.createKeyed(c, "parity"); return null; }),
                Named.of("ConditionalCheckFailedException with the old item",
                        c -> c.putItem(b -> b.tableName("parity").item(Tables.key("a", 1))
                                .conditionExpression("attribute_not_exists(pk)").returnValuesOnConditionCheckFailure("ALL_OLD"))),
                Named.of("ConditionalCheckFailedException without an item",
                        c -> c.deleteItem(b -> b.tableName("parity").key(Tables.key("a", 2)).conditionExpression("attribute_not_exists(pk)"))),
                Named.of("ValidationException from a parameter constraint",
                        c -> c.describeTable(b -> b.tableName("x"))),
                Named.of("ValidationException from an empty attribute value",
                        c -> c.putItem(b -> b.tableName("parity").item(Map.of("pk", AttributeValue.builder().build())))),
                Named.of("ValidationException from an expression syntax error",
                        c -> c.query(b -> b.tableName("parity").keyConditionExpression("pk = = :p")
                                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("a"))))),
                Named.of("ValidationException from a key of the wrong type",
                        c -> c.getItem(b -> b.tableName("parity").key(Map.of("pk", AttributeValue.fromN("1"), "sk", AttributeValue.fromN("1"))))),
                Named.of("ValidationException from an unknown enum value",
                        c -> c.putItem(b -> b.tableName("parity").item(Tables.key("a", 9)).returnValues("SOMETIMES"))),
                Named.of("ValidationException from a batch over the limit",
                        c -> c.batchWriteItem(b -> b.requestItems(Map.of("parity", java.util.stream.IntStream.range(0, 26)
                                .mapToObj(i -> WriteRequest.builder().putRequest(p -> p.item(Tables.key("z", i))).build()).toList())))),
                Named.of("TransactionCanceledException with reasons and the old item",
                        c -> c.transactWriteItems(b -> b.transactItems(
                                TransactWriteItem.builder().put(p -> p.tableName("parity").item(Tables.key("t", 1))).build(),
                                TransactWriteItem.builder().conditionCheck(k -> k.tableName("parity").key(Tables.key("a", 1))
                                        .conditionExpression("attribute_not_exists(pk)").returnValuesOnConditionCheckFailure("ALL_OLD")).build()))),
                Named.of("ValidationException from two actions on one item",
                        c -> c.transactWriteItems(b -> b.transactItems(
                                TransactWriteItem.builder().put(p -> p.tableName("parity").item(Tables.key("t", 1))).build(),
                                TransactWriteItem.builder().delete(d -> d.tableName("parity").key(Tables.key("t", 1))).build()))));
    }

    @ParameterizedTest
    @MethodSource("failingCalls")
    void errorsAreIndistinguishableFromTheHttpPath(Function<DynamoDbClient, Object> call) {
        DynamoDbException overHttp = catchThrowableOfType(DynamoDbException.class, () -> call.apply(http));
        DynamoDbException inProcess = catchThrowableOfType(DynamoDbException.class, () -> call.apply(embedded));

        assertThat(overHttp).as("the HTTP path throws").isNotNull();
        assertThat(inProcess).as("the embedded client throws").isNotNull();
        assertThat(inProcess).isExactlyInstanceOf(overHttp.getClass());
        assertThat(inProcess.awsErrorDetails().errorCode()).isEqualTo(overHttp.awsErrorDetails().errorCode());
        assertThat(inProcess.awsErrorDetails().errorMessage()).isEqualTo(overHttp.awsErrorDetails().errorMessage());
        assertThat(inProcess.awsErrorDetails().serviceName()).isEqualTo(overHttp.awsErrorDetails().serviceName());
        assertThat(inProcess.awsErrorDetails().sdkHttpResponse().statusCode())
                .isEqualTo(overHttp.awsErrorDetails().sdkHttpResponse().statusCode());
        assertThat(inProcess.statusCode()).isEqualTo(overHttp.statusCode());
        assertThat(inProcess.numAttempts()).isEqualTo(overHttp.numAttempts());
        assertThat(inProcess.requestId()).hasSameSizeAs(overHttp.requestId());
        assertThat(withoutRequestId(inProcess)).isEqualTo(withoutRequestId(overHttp));
        if (overHttp instanceof ConditionalCheckFailedException ccf) {
            ConditionalCheckFailedException embeddedCcf = (ConditionalCheckFailedException) inProcess;
            assertThat(embeddedCcf.hasItem()).isEqualTo(ccf.hasItem());
            assertThat(embeddedCcf.item()).isEqualTo(ccf.item());
        }
        if (overHttp instanceof TransactionCanceledException tce) {
            TransactionCanceledException embeddedTce = (TransactionCanceledException) inProcess;
            assertThat(embeddedTce.hasCancellationReasons()).isEqualTo(tce.hasCancellationReasons());
            assertThat(embeddedTce.cancellationReasons()).isEqualTo(tce.cancellationReasons());
        }
    }

    private static String withoutRequestId(DynamoDbException e) {
        return e.getMessage().replace(e.requestId(), "<id>");
    }

    static Stream<Named<Function<DynamoDbClient, SdkPojo>>> succeedingCalls() {
        return Stream.of(
                Named.of("DescribeTable", c -> c.describeTable(b -> b.tableName("parity"))),
                Named.of("ListTables", c -> c.listTables(b -> b.limit(5))),
                Named.of("GetItem of every type", c -> c.getItem(b -> b.tableName("parity").key(Tables.key("a", 1))
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))),
                Named.of("GetItem of nothing", c -> c.getItem(b -> b.tableName("parity").key(Tables.key("none", 1)))),
                Named.of("Query with paging", c -> c.query(b -> b.tableName("parity").keyConditionExpression("pk = :p").limit(2)
                        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("a")))
                        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))),
                Named.of("Scan of nothing", c -> c.scan(b -> b.tableName("parity").filterExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("none"))))),
                Named.of("BatchGetItem", c -> c.batchGetItem(b -> b.requestItems(Map.of("parity",
                        KeysAndAttributes.builder().keys(Tables.key("a", 3)).build())))),
                Named.of("UpdateItem returning nothing", c -> c.updateItem(b -> b.tableName("parity").key(Tables.key("u", 1))
                        .updateExpression("SET v = :v").expressionAttributeValues(Map.of(":v", AttributeValue.fromL(List.of()))))),
                Named.of("TransactWriteItems", c -> c.transactWriteItems(b -> b.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                        .transactItems(TransactWriteItem.builder().put(p -> p.tableName("parity").item(Tables.key("w", 1))).build()))),
                Named.of("TransactGetItems with a missing item", c -> c.transactGetItems(b -> b.transactItems(
                        TransactGetItem.builder().get(g -> g.tableName("parity").key(Tables.key("a", 2))).build(),
                        TransactGetItem.builder().get(g -> g.tableName("parity").key(Tables.key("none", 1))).build(),
                        TransactGetItem.builder().get(g -> g.tableName("parity").key(Tables.key("a", 1)).projectionExpression("n")).build()))));
    }

    @ParameterizedTest
    @MethodSource("succeedingCalls")
    void answersAreIndistinguishableFromTheHttpPath(Function<DynamoDbClient, SdkPojo> call) {
        SdkPojo overHttp = call.apply(http);
        SdkPojo inProcess = call.apply(embedded);

        assertThat(inProcess.equalsBySdkFields(overHttp)).as("%s%nvs over HTTP%n%s", inProcess, overHttp).isTrue();
    }

    @Test
    void answersCarryARequestIdAndASuccessfulStatusLikeTheHttpPath() {
        var overHttp = http.listTables();
        var inProcess = embedded.listTables();

        assertThat(inProcess.responseMetadata().requestId()).hasSameSizeAs(overHttp.responseMetadata().requestId());
        assertThat(inProcess.sdkHttpResponse().statusCode()).isEqualTo(overHttp.sdkHttpResponse().statusCode());
        assertThat(inProcess.sdkHttpResponse().firstMatchingHeader("x-amzn-RequestId"))
                .contains(inProcess.responseMetadata().requestId());
    }
}
