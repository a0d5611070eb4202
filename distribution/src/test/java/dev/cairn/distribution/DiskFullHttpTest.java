package dev.cairn.distribution;

import static dev.cairn.distribution.Sdk.item;
import static dev.cairn.distribution.Sdk.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.cairn.tck.storage.SmallDisk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The whole server on a disk that fills up (a 64 MB tmpfs, {@link SmallDisk}; skipped loudly where
 * none can be mounted): PutItem on the full disk is answered with DynamoDB's InternalServerError
 * (HTTP 500, which the SDKs retry), reads go on, and once space is freed writes succeed again
 * within seconds, with no restart; after one, every acknowledged item is there.
 */
class DiskFullHttpTest {

    private static final String TABLE = "DiskFull";
    private static final String PADDING = "x".repeat(300_000);
    private static final int MAX_PUTS = 1024;
    private static final Duration RECOVERY = Duration.ofSeconds(30);

    @RegisterExtension
    static final SmallDisk disk = SmallDisk.ofMegabytes(64);

    @Test
    void writesOnAFullDiskAnswerInternalServerErrorAndResumeOnceSpaceIsFreed() throws Exception {
        Path data = disk.path().resolve("data");
        List<String> acknowledged = new ArrayList<>();
        Path ballast = null;
        try (InProcessCairn server = InProcessCairn.start("rocksdb", data);
                DynamoDbClient client = Sdk.clientWithoutRetries(server.endpoint())) {
            client.createTable(t -> t.tableName(TABLE)
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                    .billingMode("PAY_PER_REQUEST"));
            ballast = disk.fill(12L << 20);

            DynamoDbException full = null;
            for (int n = 0; n < MAX_PUTS && full == null; n++) {
                try {
                    put(client, "item-" + n);
                    acknowledged.add("item-" + n);
                } catch (DynamoDbException e) {
                    full = e;
                }
            }
            System.out.println(acknowledged.size() + " PutItems acknowledged, then " + full.getMessage());
            assertThat(full).as("a PutItem on the full disk").isNotNull();
            assertThat(full.statusCode()).isEqualTo(500);
            assertThat(full.awsErrorDetails().errorCode()).isEqualTo("InternalServerError");
            assertThat(acknowledged).isNotEmpty();

            HttpResponse<String> raw = rawPutItem(server.endpoint(), "raw");
            assertThat(raw.statusCode()).isEqualTo(500);
            assertThat(raw.body()).contains("\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\"");

            String last = acknowledged.get(acknowledged.size() - 1);
            assertThat(client.getItem(g -> g.tableName(TABLE).key(key(last)).consistentRead(true)).item())
                    .as("a read while the disk is full").containsEntry("pk", s(last));
            assertThat(client.describeTable(d -> d.tableName(TABLE)).table().tableName()).isEqualTo(TABLE);

            Files.delete(ballast);
            ballast = null;
            long started = System.nanoTime();
            while (!tryPut(client, "after-" + acknowledged.size())) {
                if (System.nanoTime() - started > RECOVERY.toNanos()) {
                    fail("PutItem still fails " + RECOVERY.toSeconds() + " s after space was freed");
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
            System.out.println("PutItem succeeds again " + (System.nanoTime() - started) / 1_000_000
                    + " ms after space was freed");
            acknowledged.add("after-" + acknowledged.size());
            client.updateItem(u -> u.tableName(TABLE).key(key(last))
                    .updateExpression("SET n = :one").expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
            client.deleteItem(d -> d.tableName(TABLE).key(key(acknowledged.get(0))));
            acknowledged.remove(0);
        } finally {
            if (ballast != null) {
                Files.deleteIfExists(ballast);
            }
        }

        try (InProcessCairn restarted = InProcessCairn.start("rocksdb", data);
                DynamoDbClient client = Sdk.clientWithoutRetries(restarted.endpoint())) {
            for (String pk : acknowledged) {
                assertThat(client.getItem(g -> g.tableName(TABLE).key(key(pk)).consistentRead(true)).item())
                        .as("%s after a restart", pk).containsEntry("pk", s(pk));
            }
        }
    }

    private static void put(DynamoDbClient client, String pk) {
        client.putItem(p -> p.tableName(TABLE).item(item("pk", pk, "padding", PADDING)));
    }

    private static boolean tryPut(DynamoDbClient client, String pk) {
        try {
            put(client, pk);
            return true;
        } catch (DynamoDbException e) {
            return false;
        }
    }

    private static Map<String, AttributeValue> key(String pk) {
        return Map.of("pk", s(pk));
    }

    /** The wire answer itself: status and DynamoDB's error envelope. */
    private static HttpResponse<String> rawPutItem(URI endpoint, String pk) throws Exception {
        String body = "{\"TableName\":\"" + TABLE + "\",\"Item\":{\"pk\":{\"S\":\"" + pk + "\"},\"padding\":{\"S\":\""
                + PADDING + "\"}}}";
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810.PutItem")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
