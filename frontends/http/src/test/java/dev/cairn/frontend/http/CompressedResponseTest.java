package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.backend.memory.MemoryStore;
import dev.cairn.core.CairnEngine;
import dev.cairn.spi.storage.StoreConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Responses compressed as DynamoDB compresses them (scylladb
 * test/alternator/test_compressed_response.py, run against DynamoDB): only when the client asks,
 * only from 4 KB, with {@code x-amz-crc32} over the bytes sent — which the AWS SDK for Java v2
 * checks before it inflates them.
 */
class CompressedResponseTest {

    private static final String GET_ITEM = "DynamoDB_20120810.GetItem";
    private static final String BIG = "x".repeat(4096);

    private CairnEngine engine;
    private HttpFrontend server;

    @BeforeEach
    void start() {
        engine = new CairnEngine(new MemoryStore(new StoreConfig(null, Map.of())));
        server = HttpFrontend.start(engine, HttpConfig.defaults().withPort(0));
        try (DynamoDbClient client = client(Map.of())) {
            client.createTable(r -> r.tableName("big-items").billingMode("PAY_PER_REQUEST")
                    .keySchema(k -> k.attributeName("p").keyType(KeyType.HASH))
                    .attributeDefinitions(a -> a.attributeName("p").attributeType(ScalarAttributeType.S)));
            client.putItem(r -> r.tableName("big-items").item(Map.of("p", AttributeValue.fromS("big"), "x", AttributeValue.fromS(BIG))));
            client.putItem(r -> r.tableName("big-items").item(Map.of("p", AttributeValue.fromS("small"), "x", AttributeValue.fromS("x"))));
        }
    }

    @AfterEach
    void stop() {
        server.close();
        engine.close();
    }

    @Test
    void theJavaSdkReadsAGzippedAnswerAndAcceptsItsCrc() {
        try (DynamoDbClient client = client(Map.of("Accept-Encoding", "gzip"))) {
            var item = client.getItem(r -> r.tableName("big-items").key(Map.of("p", AttributeValue.fromS("big")))).item();

            assertThat(item.get("x").s()).isEqualTo(BIG);
        }
    }

    @Test
    void gzipAndDeflateAnswersCarryTheCrcOfTheCompressedBytes() throws IOException {
        for (String encoding : new String[] {"gzip", "deflate"}) {
            RawHttpConnection.Response response = getItem("big", encoding);

            assertThat(response.header("Content-Encoding")).isEqualTo(encoding);
            assertThat(response.header("x-amz-crc32")).isEqualTo(crc32(response.body()));
            var compressed = new ByteArrayInputStream(response.body());
            String json = new String((encoding.equals("gzip") ? new GZIPInputStream(compressed)
                    : new InflaterInputStream(compressed)).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains(BIG);
            assertThat(response.body().length * 30).isLessThan(json.length());
        }
    }

    @Test
    void smallAnswersAndAnswersToClientsThatDoNotAskAreSentAsTheyAre() throws IOException {
        assertThat(getItem("small", "gzip").header("Content-Encoding")).isNull();
        RawHttpConnection.Response unasked = getItem("big", null);
        assertThat(unasked.header("Content-Encoding")).isNull();
        assertThat(unasked.text()).contains(BIG);
    }

    private RawHttpConnection.Response getItem(String key, String acceptEncoding) throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.post(GET_ITEM, ("{\"TableName\":\"big-items\",\"Key\":{\"p\":{\"S\":\"" + key + "\"}}}")
                    .getBytes(StandardCharsets.UTF_8), acceptEncoding == null ? Map.of() : Map.of("Accept-Encoding", acceptEncoding));
            return connection.read();
        }
    }

    private DynamoDbClient client(Map<String, String> headers) {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> {
                    c.retryPolicy(RetryPolicy.none());
                    headers.forEach(c::putHeader);
                })
                .build();
    }

    private static String crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return Long.toString(crc.getValue());
    }
}
