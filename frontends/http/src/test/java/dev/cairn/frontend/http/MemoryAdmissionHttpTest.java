package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.backend.memory.MemoryStore;
import dev.cairn.core.CairnEngine;
import dev.cairn.spi.storage.StoreConfig;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Memory admission control and the body size limit on a real server, over raw connections: a
 * request that finds the budget taken waits, then gets DynamoDB's retryable ThrottlingException on
 * a connection that stays usable; bodies over 16 MB are answered 413 as they stream in.
 */
class MemoryAdmissionHttpTest {

    private static final long BUDGET = 4L * 1024 * 1024;

    private static CairnEngine engine;
    private static HttpFrontend server;

    @BeforeAll
    static void start() {
        engine = new CairnEngine(new MemoryStore(new StoreConfig(null, Map.of())));
        server = HttpFrontend.start(engine, HttpConfig.defaults().withPort(0).withMemoryBudgetBytes(BUDGET));
    }

    @AfterAll
    static void stop() {
        server.close();
        engine.close();
    }

    @Test
    void aRequestThatCannotGetMemoryInTimeIsAnsweredThrottlingExceptionAndItsConnectionServesTheNext() throws IOException {
        try (RawHttpConnection holder = new RawHttpConnection(server.port());
                RawHttpConnection waiter = new RawHttpConnection(server.port())) {
            // Headers of a 1 MB PutItem whose body is not sent yet: its cost takes the whole budget.
            holder.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: DynamoDB_20120810.PutItem\r\n"
                    + "Content-Type: application/x-amz-json-1.0\r\nContent-Length: 1048576\r\n\r\n");
            sleepMillis(500); // the holder's headers are read on another event loop
            long started = System.nanoTime();
            waiter.post("DynamoDB_20120810.ListTables", "{}");

            RawHttpConnection.Response throttled = waiter.read();
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(throttled.status()).isEqualTo(400);
            // Wording: DynamoDB Developer Guide, "Error handling with DynamoDB"; the type as dynalite's
            // test helper (architect/dynalite test/helpers.js) retries it against DynamoDB.
            assertThat(throttled.text()).isEqualTo("{\"__type\":\"com.amazon.coral.availability#ThrottlingException\","
                    + "\"message\":\"Rate of requests exceeds the allowed throughput.\"}");
            assertThat(throttled.header("x-amzn-RequestId")).isNotBlank();
            assertThat(waitedMillis).isBetween(MemoryAdmission.MAX_WAIT_MILLIS - 500, MemoryAdmission.MAX_WAIT_MILLIS + 5_000);

            byte[] body = new byte[1048576];
            Arrays.fill(body, (byte) ' ');
            byte[] json = "{\"TableName\":\"absent\",\"Item\":{\"pk\":{\"S\":\"k\"}}}".getBytes();
            System.arraycopy(json, 0, body, 0, json.length);
            holder.send(new String(body, java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(holder.read().status()).isEqualTo(400); // ResourceNotFoundException: served, then released
            waiter.post("DynamoDB_20120810.ListTables", "{}");
            assertThat(waiter.read().status()).isEqualTo(200);
        }
    }

    @Test
    void theAwsSdkRetriesAThrottledRequestUntilMemoryIsFree() throws Exception {
        try (RawHttpConnection holder = new RawHttpConnection(server.port());
                DynamoDbClient client = DynamoDbClient.builder()
                        .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                        .region(Region.US_EAST_1)
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
                        .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30)).build())
                        .build()) {
            holder.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\n"
                    + "Content-Length: 1048576\r\nContent-Encoding: gzip\r\n\r\n"); // costed as 16 MB: the whole budget
            sleepMillis(500);
            CompletableFuture<ListTablesResponse> listed = CompletableFuture.supplyAsync(client::listTables);
            sleepMillis(MemoryAdmission.MAX_WAIT_MILLIS + 1_000); // the first attempt has been throttled

            assertThat(listed).as("throttled after 5 s, and being retried").isNotDone();
            holder.close(); // the budget is free again
            assertThat(listed.get(30, TimeUnit.SECONDS).sdkHttpResponse().statusCode()).isEqualTo(200);
            assertThat(listed.get().responseMetadata().requestId()).isNotBlank();
        }
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aBodyDeclaredOver16MegabytesIsAnswered413WithoutBeingReadAndTheConnectionStaysOpen() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: DynamoDB_20120810.PutItem\r\n"
                    + "Content-Length: " + (HttpConfig.DYNAMODB_MAX_REQUEST_BYTES + 1) + "\r\n\r\n");

            assertThat(connection.read().status()).isEqualTo(413);
            byte[] rest = new byte[HttpConfig.DYNAMODB_MAX_REQUEST_BYTES + 1];
            Arrays.fill(rest, (byte) ' ');
            connection.send(new String(rest, java.nio.charset.StandardCharsets.US_ASCII)); // discarded as it arrives
            connection.post("DynamoDB_20120810.ListTables", "{}");
            assertThat(connection.read().status()).isEqualTo(200);
        }
    }

    @Test
    void aChunkedBodyThatGrowsPast16MegabytesIsAnswered413BeforeTheConnectionIsClosed() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: DynamoDB_20120810.PutItem\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            String chunk = "100000\r\n" + " ".repeat(0x100000) + "\r\n";
            try {
                for (int i = 0; i < 17; i++) {
                    connection.send(chunk);
                }
            } catch (IOException closedWhileSending) {
                // the server may close once it has answered: the answer is still there to read
            }

            assertThat(connection.read().status()).isEqualTo(413);
        }
    }
}
