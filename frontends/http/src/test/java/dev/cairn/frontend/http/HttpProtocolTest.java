package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.GetItemResponse;
import dev.cairn.api.model.ListTablesResponse;
import dev.cairn.api.model.PutItemResponse;
import dev.cairn.spi.storage.StorageException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP side of DynamoDB's protocol: routing, headers, keep-alive, compression, limits. */
class HttpProtocolTest {

    private static final String LIST_TABLES = "DynamoDB_20120810.ListTables";
    private static final String LIST_TABLES_JSON = "{\"TableNames\":[\"a1b\"]}";
    private static final String GET_ITEM = "DynamoDB_20120810.GetItem";
    private static final String GET_ITEM_BODY = "{\"TableName\":\"t\",\"Key\":{\"pk\":{\"S\":\"a\"}}}";
    private static final String WORKER_PREFIX = "cairn-http-worker-";
    private static final String PUT_ITEM = "DynamoDB_20120810.PutItem";
    private static final String PUT_ITEM_BODY = "{\"TableName\":\"t\",\"Item\":{\"pk\":{\"S\":\"a\"}}}";

    private final ScriptedEngine engine = new ScriptedEngine().answer(new ListTablesResponse(List.of("a1b"), null));
    private HttpFrontend server;

    @BeforeEach
    void start() {
        server = HttpFrontend.start(engine, HttpConfig.defaults().withPort(0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answerCarriesDynamoDbHeaders() throws IOException {
        RawHttpConnection.Response response = exchange(LIST_TABLES, "{}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo(LIST_TABLES_JSON);
        assertThat(response.header("x-amzn-RequestId")).matches("[A-Z0-9]{52}");
        assertThat(response.header("x-amz-crc32")).isEqualTo(crc32(response.body()));
        assertThat(response.header("Content-Type")).isEqualTo("application/x-amz-json-1.0");
        assertThat(response.header("Content-Length")).isEqualTo(Integer.toString(response.body().length));
    }

    @Test
    void everyAnswerHasItsOwnRequestId() throws IOException {
        assertThat(exchange(LIST_TABLES, "{}").header("x-amzn-RequestId"))
                .isNotEqualTo(exchange(LIST_TABLES, "{}").header("x-amzn-RequestId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DynamoDB_20120810.Frobnicate", "ListTables", "DynamoDB_20111205.ListTables",
        "DynamoDB_20120810.", "DynamoDB_20120810.listTables"})
    void unknownTargetIsUnknownOperationException(String target) throws IOException {
        RawHttpConnection.Response response = exchange(target, "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).isEqualTo("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}");
        assertThat(response.header("x-amz-crc32")).isEqualTo(crc32(response.body()));
    }

    @Test
    void missingTargetIsUnknownOperationException() throws IOException {
        RawHttpConnection.Response response = exchange(null, "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).isEqualTo("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}");
    }

    @Test
    void malformedBodyIsReportedBeforeAnUnknownTarget() throws IOException {
        RawHttpConnection.Response response = exchange("DynamoDB_20120810.Frobnicate", "{");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).isEqualTo("{\"__type\":\"com.amazon.coral.service#SerializationException\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "{\"TableName\":\"t\"} trailing", "{\"Limit\":\"ten\"}"})
    void malformedEmptyOrMistypedBodyIsSerializationException(String body) throws IOException {
        RawHttpConnection.Response response = exchange(LIST_TABLES, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).startsWith("{\"__type\":\"com.amazon.coral.service#SerializationException\"");
        assertThat(engine.<Object>lastRequest()).isNull();
    }

    @Test
    void engineFailureIsAGenericInternalServerErrorWithoutStackTrace() throws IOException {
        engine.fail(new IllegalStateException("secret detail of a bug"));

        RawHttpConnection.Response response = exchange(LIST_TABLES, "{}");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.text()).isEqualTo(
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\",\"message\":\"Internal server error\"}");
    }

    @Test
    void apiErrorGetsItsStatusAndEnvelope() throws IOException {
        engine.fail(ApiException.resourceNotFound("Requested resource not found"));

        RawHttpConnection.Response response = exchange(LIST_TABLES, "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).isEqualTo("{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\","
                + "\"message\":\"Requested resource not found\"}");
        assertThat(response.header("x-amz-crc32")).isEqualTo(crc32(response.body()));
    }

    @Test
    void keepAliveServesSeveralRequestsOnOneConnection() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            for (int i = 0; i < 5; i++) {
                connection.post(LIST_TABLES, "{}");
                assertThat(connection.read().text()).isEqualTo(LIST_TABLES_JSON);
            }
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws IOException {
        engine.answerWith(request -> new ListTablesResponse(List.of(), ((dev.cairn.api.model.ListTablesRequest) request)
                .exclusiveStartTableName()));
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            for (int i = 0; i < 20; i++) {
                connection.post(LIST_TABLES, "{\"ExclusiveStartTableName\":\"t" + i + "\"}");
            }
            for (int i = 0; i < 20; i++) {
                assertThat(connection.read().text()).isEqualTo("{\"TableNames\":[],\"LastEvaluatedTableName\":\"t" + i + "\"}");
            }
        }
    }

    @Test
    void connectionCloseIsHonoured() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.post(LIST_TABLES, "{}".getBytes(StandardCharsets.UTF_8), Map.of("Connection", "close"));
            assertThat(connection.read().status()).isEqualTo(200);
            assertThat(connection.closedByServer()).isTrue();
        }
    }

    @Test
    void gzipRequestBodyIsInflated() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.post(LIST_TABLES, gzip("{\"ExclusiveStartTableName\":\"zipped\"}".getBytes(StandardCharsets.UTF_8)),
                    Map.of("Content-Encoding", "gzip"));
            assertThat(connection.read().status()).isEqualTo(200);
        }
        assertThat(engine.<dev.cairn.api.model.ListTablesRequest>lastRequest().exclusiveStartTableName()).isEqualTo("zipped");
    }

    /** DynamoDB compresses only responses of 4 KB or more (scylladb test/alternator/test_compressed_response.py). */
    @Test
    void responsesUnderFourKilobytesAreNotCompressed() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.post(LIST_TABLES, "{}".getBytes(StandardCharsets.UTF_8), Map.of("Accept-Encoding", "gzip"));
            RawHttpConnection.Response response = connection.read();
            assertThat(response.header("Content-Encoding")).isNull();
            assertThat(response.text()).isEqualTo(LIST_TABLES_JSON);
        }
    }

    @Test
    void compressedResponseCarriesTheCrcOfTheCompressedBytes() throws IOException {
        List<String> names = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "table-number-" + i + "-of-many")
                .toList();
        engine.answer(new ListTablesResponse(names, null));
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.post(LIST_TABLES, "{}".getBytes(StandardCharsets.UTF_8), Map.of("Accept-Encoding", "gzip, deflate"));
            RawHttpConnection.Response response = connection.read();

            assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
            assertThat(response.header("x-amz-crc32")).isEqualTo(crc32(response.body()));
            assertThat(new String(new GZIPInputStream(new java.io.ByteArrayInputStream(response.body())).readAllBytes(),
                    StandardCharsets.UTF_8)).startsWith("{\"TableNames\":[\"table-number-0-of-many\"").hasSizeGreaterThan(4096);
        }
    }

    @Test
    void requestOverSixteenMegabytesIsRefusedWith413() throws IOException {
        byte[] body = new byte[HttpConfig.DYNAMODB_MAX_REQUEST_BYTES + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.post(LIST_TABLES, body, Map.of());
            assertThat(connection.read().status()).isEqualTo(413);
        }
        assertThat(engine.<Object>lastRequest()).isNull();
    }

    @Test
    void requestOfExactlySixteenMegabytesIsRead() throws IOException {
        byte[] body = new byte[HttpConfig.DYNAMODB_MAX_REQUEST_BYTES];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.post(LIST_TABLES, body, Map.of());
            assertThat(connection.read().status()).isEqualTo(200);
        }
    }

    @Test
    void getOnRootAnswersHealthy() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.send("GET / HTTP/1.1\r\nHost: localhost:8000\r\n\r\n");
            RawHttpConnection.Response response = connection.read();
            assertThat(response.status()).isEqualTo(200);
            // the server's own host and port, not the Host header (HostHeaderTest)
            assertThat(response.text()).isEqualTo("healthy: localhost:" + server.port() + " ");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT / HTTP/1.1", "DELETE / HTTP/1.1", "GET /tables HTTP/1.1"})
    void otherMethodsAndPathsAreUnknownOperations(String requestLine) throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.send(requestLine + "\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n");
            RawHttpConnection.Response response = connection.read();
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.text()).isEqualTo("<UnknownOperationException/>\n");
        }
    }

    @Test
    void unparseableHttpIsABadRequestAndClosesTheConnection() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.send("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: nope\r\n\r\n{}");
            assertThat(connection.read().status()).isEqualTo(400);
            assertThat(connection.closedByServer()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-amz-json-1.1", "application/json", ""})
    void otherOrMissingContentTypesAreServed(String contentType) throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.send("POST /any/path HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: " + LIST_TABLES + "\r\n"
                    + (contentType.isEmpty() ? "" : "Content-Type: " + contentType + "\r\n")
                    + "Authorization: not even a signature\r\nContent-Length: 2\r\n\r\n{}");
            assertThat(connection.read().text()).isEqualTo(LIST_TABLES_JSON);
        }
    }

    @Test
    void saturatedWorkerPoolAnswersThrottlingWithoutBlockingTheEventLoop() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        engine.answerWith(request -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ListTablesResponse(List.of(), null);
        });
        try (HttpFrontend small = HttpFrontend.start(engine, HttpConfig.defaults().withPort(0).withWorkers(1, 1));
                RawHttpConnection busy = new RawHttpConnection(small.port());
                RawHttpConnection queued = new RawHttpConnection(small.port());
                RawHttpConnection refused = new RawHttpConnection(small.port())) {
            busy.post(LIST_TABLES, "{}");
            Thread.sleep(200);
            queued.post(LIST_TABLES, "{}");
            Thread.sleep(200);
            refused.post(LIST_TABLES, "{}");

            RawHttpConnection.Response throttled = refused.read();
            assertThat(throttled.status()).isEqualTo(400);
            assertThat(throttled.text()).startsWith(
                    "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\"");
            release.countDown();
            assertThat(busy.read().status()).isEqualTo(200);
            assertThat(queued.read().status()).isEqualTo(200);
        }
    }

    @Test
    void readsTheEngineServesWithoutBlockingAreAnsweredOnTheEventLoop() throws IOException {
        engine.servesWithoutBlocking(true).answer(new GetItemResponse(Map.of("v", new AttributeValue.S("x")), null));
        RawHttpConnection.Response read = exchange(GET_ITEM, GET_ITEM_BODY);
        String readThread = engine.lastThread();
        engine.answer(new PutItemResponse(null, null, null));
        RawHttpConnection.Response write = exchange("DynamoDB_20120810.PutItem",
                "{\"TableName\":\"t\",\"Item\":{\"pk\":{\"S\":\"a\"}}}");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text()).isEqualTo("{\"Item\":{\"v\":{\"S\":\"x\"}}}");
        assertThat(readThread).doesNotStartWith(WORKER_PREFIX);
        assertThat(write.status()).isEqualTo(200);
        assertThat(engine.lastThread()).startsWith(WORKER_PREFIX);
    }

    @Test
    void readsTheEngineDeclinesRunOnAWorker() throws IOException {
        engine.servesWithoutBlocking(false).answer(new GetItemResponse(Map.of("v", new AttributeValue.S("x")), null));
        RawHttpConnection.Response read = exchange(GET_ITEM, GET_ITEM_BODY);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text()).isEqualTo("{\"Item\":{\"v\":{\"S\":\"x\"}}}");
        assertThat(engine.lastThread()).startsWith(WORKER_PREFIX);
    }

    @Test
    void anApiErrorOfAReadOnTheEventLoopIsAnsweredLikeAnyOther() throws IOException {
        engine.servesWithoutBlocking(true).fail(ApiException.resourceNotFound("Requested resource not found"));
        RawHttpConnection.Response read = exchange(GET_ITEM, GET_ITEM_BODY);

        assertThat(read.status()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND.httpStatus());
        assertThat(read.text()).contains("ResourceNotFoundException").contains("Requested resource not found");
        assertThat(engine.lastThread()).doesNotStartWith(WORKER_PREFIX);
    }

    /** Whether the engine takes the write on the event loop or it goes to a worker, the answer waits for durability. */
    @ParameterizedTest(name = "served on the event loop: {0}")
    @ValueSource(booleans = {false, true})
    void aWriteIsAnsweredOnlyOnceTheEngineSaysItIsDurable(boolean onTheEventLoop) throws Exception {
        CompletableFuture<Void> durable = new CompletableFuture<>();
        engine.durableWhen(durable).servesWritesWithoutBlocking(onTheEventLoop)
                .answer(new PutItemResponse(null, null, null));
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.post(PUT_ITEM, PUT_ITEM_BODY);
            Thread.sleep(300);
            assertThat(connection.answerArrived()).isFalse();

            durable.complete(null);
            RawHttpConnection.Response response = connection.read();

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).isEqualTo("{}");
        }
        assertThat(engine.lastThread().startsWith(WORKER_PREFIX)).isEqualTo(!onTheEventLoop);
        assertThat(engine.lastCallDeferred()).isTrue();
    }

    @Test
    void onlySingleItemWritesAreOfferedToTheEventLoop() throws IOException {
        engine.servesWritesWithoutBlocking(true).answer(new ListTablesResponse(List.of("a1b"), null));

        RawHttpConnection.Response response = exchange(LIST_TABLES, "{}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(engine.lastThread()).startsWith(WORKER_PREFIX);
    }

    @Test
    void aWriteThatCannotBeMadeDurableIsAnInternalServerError() throws IOException {
        engine.durableWhen(CompletableFuture.failedStage(StorageException.permanent("disk gone", null)))
                .answer(new PutItemResponse(null, null, null));

        RawHttpConnection.Response response = exchange(PUT_ITEM, PUT_ITEM_BODY);

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.text()).isEqualTo(
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\",\"message\":\"Internal server error\"}");
    }

    @Test
    void readsOnAWorkerDoNotWaitForDurability() throws IOException {
        engine.durableWhen(new CompletableFuture<>()).servesWithoutBlocking(false)
                .answer(new GetItemResponse(Map.of("v", new AttributeValue.S("x")), null));

        RawHttpConnection.Response read = exchange(GET_ITEM, GET_ITEM_BODY);

        assertThat(read.status()).isEqualTo(200);
        assertThat(engine.lastThread()).startsWith(WORKER_PREFIX);
        assertThat(engine.lastCallDeferred()).isFalse();
    }

    private RawHttpConnection.Response exchange(String target, String body) throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.post(target, body);
            return connection.read();
        }
    }

    private static String crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return Long.toString(crc.getValue());
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }
}
