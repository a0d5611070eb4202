package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.backend.memory.MemoryStore;
import dev.cairn.core.CairnEngine;
import dev.cairn.spi.storage.StoreConfig;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile request bodies sent raw over one keep-alive connection to the real engine: each gets a
 * 400 with DynamoDB's {@code __type} and message (never a 500 or a closed connection), and the same
 * connection then serves an ordinary request. Sources of the wording are in the TCK
 * (DataIntegritySuite) and the differential cases (13-data-integrity.json).
 */
class HostileBodiesTest {

    private static final String VALIDATION = "com.amazon.coral.validate#ValidationException";
    private static final String SERIALIZATION = "com.amazon.coral.service#SerializationException";
    private static final String TOO_DEEP = "Nesting Levels have exceeded supported limits: Attributes in the item "
            + "have nested levels beyond supported limit";

    private static CairnEngine engine;
    private static HttpFrontend server;

    @BeforeAll
    static void start() throws IOException {
        engine = new CairnEngine(new MemoryStore(new StoreConfig(null, Map.of())));
        server = HttpFrontend.start(engine, HttpConfig.defaults().withPort(0));
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.post("DynamoDB_20120810.CreateTable", "{\"TableName\":\"hostile\",\"BillingMode\":\"PAY_PER_REQUEST\","
                    + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],"
                    + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}]}");
            assertThat(connection.read().status()).isEqualTo(200);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        engine.close();
    }

    static Stream<Arguments> hostileBodies() {
        String parens = "(".repeat(2040) + "v = :v" + ")".repeat(2040);
        return Stream.of(
                Arguments.of("BatchWriteItem", "{\"RequestItems\":{\"hostile\":[{\"PutRequest\":{}}]}}", VALIDATION,
                        "1 validation error detected: Value null at 'requestItems.hostile.member.1.member.putRequest.item' "
                                + "failed to satisfy constraint: Member must not be null"),
                Arguments.of("BatchWriteItem", "{\"RequestItems\":{\"hostile\":[{\"DeleteRequest\":{}}]}}", VALIDATION,
                        "1 validation error detected: Value null at 'requestItems.hostile.member.1.member.deleteRequest.key' "
                                + "failed to satisfy constraint: Member must not be null"),
                Arguments.of("TransactWriteItems", "{\"TransactItems\":[{\"Put\":{\"TableName\":\"hostile\"}}]}", VALIDATION,
                        "1 validation error detected: Value null at 'transactItems.1.member.put.item' "
                                + "failed to satisfy constraint: Member must not be null"),
                Arguments.of("TransactGetItems", "{\"TransactItems\":[{}]}", VALIDATION,
                        "1 validation error detected: Value null at 'transactItems.1.member.get' "
                                + "failed to satisfy constraint: Member must not be null"),
                Arguments.of("PutItem", "{\"TableName\":\"hostile\",\"Item\":{\"pk\":{\"S\":\"b\"}},\"ConditionExpression\":\""
                        + parens + "\",\"ExpressionAttributeValues\":{\":v\":{\"N\":\"1\"}}}", VALIDATION,
                        "Invalid ConditionExpression: The expression has redundant parentheses;"),
                Arguments.of("Query", "{\"TableName\":\"hostile\",\"KeyConditionExpression\":\"" + "(".repeat(4000)
                        + "\"}", VALIDATION, "Invalid KeyConditionExpression: Syntax error; token: \"<EOF>\", near: \"(\""),
                Arguments.of("PutItem", "{\"TableName\":\"hostile\",\"Item\":{\"pk\":{\"S\":\"b\"},\"doc\":" + mapsAround(32)
                        + "}}", VALIDATION, TOO_DEEP),
                // A body nested past the JSON reader's limit (256 levels) is refused before any value is built.
                Arguments.of("PutItem", "{\"TableName\":\"hostile\",\"Item\":{\"pk\":{\"S\":\"b\"},\"doc\":"
                        + "[".repeat(100_000) + "]".repeat(100_000) + "}}", SERIALIZATION, null),
                Arguments.of("PutItem", "{\"TableName\":\"hostile\",\"Item\":{\"pk\":{\"S\":\"b\"},\"doc\":"
                        + "{\"L\":[".repeat(50_000) + "]}".repeat(50_000) + "}}", SERIALIZATION, null));
    }

    @ParameterizedTest(name = "[{index}] {0} {2}")
    @MethodSource("hostileBodies")
    void hostileBodyIsAClientErrorAndTheConnectionStaysUsable(String operation, String body, String type,
            String message) throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.post("DynamoDB_20120810." + operation, body);
            RawHttpConnection.Response answer = connection.read();

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.text()).contains("\"__type\":\"" + type + "\"");
            if (message != null) {
                assertThat(answer.text()).contains("\"message\":\"" + message.replace("\"", "\\\"") + "\"");
            }
            assertThat(getItem(connection).status()).isEqualTo(200);
        }
    }

    @Test
    void anItemNestedThirtyTwoLevelsIsStored() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.post("DynamoDB_20120810.PutItem",
                    "{\"TableName\":\"hostile\",\"Item\":{\"pk\":{\"S\":\"a\"},\"doc\":" + mapsAround(31) + "}}");
            assertThat(connection.read().status()).isEqualTo(200);

            RawHttpConnection.Response read = getItem(connection);
            assertThat(read.text()).contains("\"doc\":" + mapsAround(31));
        }
    }

    private static RawHttpConnection.Response getItem(RawHttpConnection connection) throws IOException {
        connection.post("DynamoDB_20120810.GetItem", "{\"TableName\":\"hostile\",\"Key\":{\"pk\":{\"S\":\"a\"}}}");
        return connection.read();
    }

    /** {@code wraps} maps one inside another around a number, as wire JSON. */
    private static String mapsAround(int wraps) {
        return "{\"M\":{\"v\":".repeat(wraps) + "{\"N\":\"1\"}" + "}}".repeat(wraps);
    }
}
