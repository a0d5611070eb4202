package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.backend.memory.MemoryStore;
import dev.cairn.core.CairnEngine;
import dev.cairn.spi.storage.StoreConfig;
import io.netty.channel.epoll.Epoll;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A client that sends its request and then shuts down its sending side (shutdown(SHUT_WR), a FIN)
 * still gets the answer, then the server closes: a FIN only says the client sends no more. Before,
 * Netty closed the connection on the FIN, so every answer not written on the event loop at once
 * (ListTables, Scan, a PutItem answered once durable, BatchWriteItem) was lost, though a PutItem
 * was applied all the same. DynamoDB Local answers each of them.
 */
class HalfClosedClientTest {

    private static final String TABLE = "halfclosed";

    static Stream<Arguments> operations() {
        List<Arguments> cases = new ArrayList<>();
        for (NettyTransport transport : NettyTransport.values()) {
            cases.add(Arguments.of(transport, "ListTables", "{}", "\"TableNames\":[\"" + TABLE + "\"]"));
            cases.add(Arguments.of(transport, "PutItem",
                    "{\"TableName\":\"" + TABLE + "\",\"Item\":{\"pk\":{\"S\":\"put\"}}}", "{}"));
            cases.add(Arguments.of(transport, "Scan", "{\"TableName\":\"" + TABLE + "\"}", "\"Count\":1"));
            cases.add(Arguments.of(transport, "BatchWriteItem", "{\"RequestItems\":{\"" + TABLE
                    + "\":[{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"batch\"}}}}]}}", "\"UnprocessedItems\":{}"));
            cases.add(Arguments.of(transport, "GetItem",
                    "{\"TableName\":\"" + TABLE + "\",\"Key\":{\"pk\":{\"S\":\"seed\"}}}", "\"seed\""));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operations")
    void aHalfClosedClientGetsItsAnswerAndThenTheConnectionCloses(NettyTransport transport, String operation,
            String body, String expected) throws IOException {
        assumeTrue(transport != NettyTransport.EPOLL || Epoll.isAvailable(), "no native epoll here");
        try (CairnEngine engine = new CairnEngine(new MemoryStore(new StoreConfig(null, Map.of())));
                HttpFrontend server = HttpFrontend.start(engine, HttpConfig.defaults().withPort(0), transport)) {
            seed(server.port());

            try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
                connection.post("DynamoDB_20120810." + operation, body);
                connection.halfClose();

                RawHttpConnection.Response response = connection.read();
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.text()).contains(expected);
                assertThat(connection.closedByServer()).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void pipelinedRequestsBeforeTheFinAreAllAnsweredInOrder(NettyTransport transport) throws IOException {
        assumeTrue(transport != NettyTransport.EPOLL || Epoll.isAvailable(), "no native epoll here");
        try (CairnEngine engine = new CairnEngine(new MemoryStore(new StoreConfig(null, Map.of())));
                HttpFrontend server = HttpFrontend.start(engine, HttpConfig.defaults().withPort(0), transport)) {
            seed(server.port());

            try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
                for (int i = 0; i < 3; i++) {
                    connection.post("DynamoDB_20120810.PutItem",
                            "{\"TableName\":\"" + TABLE + "\",\"Item\":{\"pk\":{\"S\":\"p" + i + "\"}}}");
                }
                connection.post("DynamoDB_20120810.Scan", "{\"TableName\":\"" + TABLE + "\",\"Select\":\"COUNT\"}");
                connection.halfClose();

                for (int i = 0; i < 3; i++) {
                    assertThat(connection.read().text()).isEqualTo("{}");
                }
                assertThat(connection.read().text()).contains("\"Count\":4");
                assertThat(connection.closedByServer()).isTrue();
            }
        }
    }

    static Stream<NettyTransport> transports() {
        return Stream.of(NettyTransport.values());
    }

    /** The table, and one item to read. */
    private static void seed(int port) throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            connection.post("DynamoDB_20120810.CreateTable", "{\"TableName\":\"" + TABLE + "\","
                    + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
                    + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}");
            assertThat(connection.read().status()).isEqualTo(200);
            connection.post("DynamoDB_20120810.PutItem",
                    "{\"TableName\":\"" + TABLE + "\",\"Item\":{\"pk\":{\"S\":\"seed\"}}}");
            assertThat(connection.read().status()).isEqualTo(200);
        }
    }
}
