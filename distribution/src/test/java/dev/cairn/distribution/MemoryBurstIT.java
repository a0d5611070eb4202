package dev.cairn.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bursts of requests that are each within DynamoDB's limits, against a server with the launcher's
 * 128 MB heap: 16 concurrent 16 MB PutItems (items over 400 KB, so each is answered
 * ValidationException), 16 concurrent BatchWriteItems of 25 items of 390 KB and 16 concurrent
 * BatchGetItems of 100 of those items. Every request gets
 * an answer: 200, the ValidationException, or the retryable ThrottlingException of admission control
 * (docs/operations.md, "Memory"); never a 5xx, never a connection closed without an answer, and no
 * OutOfMemoryError in the log. Before admission control the same bursts got 500s, resets and
 * OutOfMemoryError lines.
 */
class MemoryBurstIT {

    private static final int CONCURRENT = 16;
    private static final Pattern TYPE = Pattern.compile("\"__type\"\\s*:\\s*\"[^\"#]*#?([A-Za-z]+)\"");

    @Test
    void burstsOfLargeRequestsAreAnsweredWithinA128MegabyteHeap(@TempDir Path data) throws Exception {
        List<String> command = new ArrayList<>(CairnProcess.javaCommand("serve", "--backend", "rocksdb",
                "--data-dir", Files.createDirectories(data.resolve("data")).toString(),
                "--host", "127.0.0.1", "--port", "0"));
        command.addAll(1, List.of("-XX:+UseParallelGC", "-Xms64m", "-Xmx128m"));
        try (CairnProcess server = CairnProcess.start(command, Map.of("MALLOC_ARENA_MAX", "2"))) {
            server.awaitListening();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            URI endpoint = server.endpoint();
            assertThat(send(http, endpoint, "CreateTable", createTable()).get(20, TimeUnit.SECONDS)).startsWith("200");

            Map<String, Integer> puts = burst(http, endpoint, "PutItem", putItemOf16Megabytes());
            Map<String, Integer> batches = burst(http, endpoint, "BatchWriteItem", batchOf25ItemsOf390Kilobytes(0));
            for (int first = 25; first < 100; first += 25) { // 100 items of 390 KB to read back
                String body = batchOf25ItemsOf390Kilobytes(first);
                assertThat(sendUntilAdmitted(http, endpoint, body)).isEqualTo("200");
            }
            Map<String, Integer> gets = burst(http, endpoint, "BatchGetItem", batchGetOf100Keys());

            String log = server.output();
            System.out.println("PutItem burst: " + puts + "; BatchWriteItem burst: " + batches + "; BatchGetItem burst: " + gets);
            assertThat(puts.keySet()).as("PutItem answers %s; server log:\n%s", puts, tail(log))
                    .isSubsetOf("400 ValidationException", "400 ThrottlingException").contains("400 ValidationException");
            assertThat(batches.keySet()).as("BatchWriteItem answers %s; server log:\n%s", batches, tail(log))
                    .isSubsetOf("200", "400 ThrottlingException").contains("200");
            assertThat(gets.keySet()).as("BatchGetItem answers %s; server log:\n%s", gets, tail(log))
                    .isSubsetOf("200", "400 ThrottlingException").contains("200");
            assertThat(log).doesNotContain("OutOfMemoryError");
            assertThat(send(http, endpoint, "ListTables", "{}").get(20, TimeUnit.SECONDS)).startsWith("200");
        }
    }

    /** Sends the same body {@value #CONCURRENT} times at once; counts the answers by status and error type. */
    private static Map<String, Integer> burst(HttpClient http, URI endpoint, String operation, String body)
            throws InterruptedException {
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            answers.add(send(http, endpoint, operation, body));
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (CompletableFuture<String> answer : answers) {
            String outcome;
            try {
                outcome = answer.get(50, TimeUnit.SECONDS);
            } catch (ExecutionException | java.util.concurrent.TimeoutException failed) {
                outcome = "no answer: " + (failed.getCause() == null ? failed : failed.getCause());
            }
            counts.merge(outcome, 1, Integer::sum);
        }
        return counts;
    }

    /** "200", or the status and the short error type: "400 ThrottlingException". */
    private static CompletableFuture<String> send(HttpClient http, URI endpoint, String operation, String body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(45))
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() == 200) {
                return "200";
            }
            Matcher type = TYPE.matcher(response.body());
            return response.statusCode() + " " + (type.find() ? type.group(1) : response.body());
        });
    }

    private static String createTable() {
        return "{\"TableName\":\"burst\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}]}";
    }

    /** One item of 40 attributes of 400,000 characters: a body just under 16 MB, an item far over 400 KB. */
    private static String putItemOf16Megabytes() {
        StringBuilder body = new StringBuilder("{\"TableName\":\"burst\",\"Item\":{\"pk\":{\"S\":\"big\"}");
        String value = "v".repeat(400_000);
        for (int i = 0; i < 40; i++) {
            body.append(",\"a").append(i).append("\":{\"S\":\"").append(value).append("\"}");
        }
        String json = body.append("}}").toString();
        assertThat(json.length()).isBetween(15_000_000, 16 * 1024 * 1024);
        return json;
    }

    /** A BatchWriteItem, retried while it is throttled. */
    private static String sendUntilAdmitted(HttpClient http, URI endpoint, String body) throws Exception {
        String outcome = "";
        for (int attempt = 0; attempt < 10; attempt++) {
            outcome = send(http, endpoint, "BatchWriteItem", body).get(50, TimeUnit.SECONDS);
            if (!outcome.equals("400 ThrottlingException")) {
                break;
            }
        }
        return outcome;
    }

    /** 25 puts of items of 390,000 bytes each, keys k{first}..: a body of 9.75 MB. */
    private static String batchOf25ItemsOf390Kilobytes(int first) {
        StringBuilder body = new StringBuilder("{\"RequestItems\":{\"burst\":[");
        String value = "d".repeat(390_000);
        for (int i = first; i < first + 25; i++) {
            body.append(i == first ? "" : ",").append("{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"k").append(i)
                    .append("\"},\"d\":{\"S\":\"").append(value).append("\"}}}}");
        }
        return body.append("]}}").toString();
    }

    /** The 100 items of 390 KB: 39 MB, of which DynamoDB answers at most 16 MB and the rest as UnprocessedKeys. */
    private static String batchGetOf100Keys() {
        StringBuilder body = new StringBuilder("{\"RequestItems\":{\"burst\":{\"Keys\":[");
        for (int i = 0; i < 100; i++) {
            body.append(i == 0 ? "" : ",").append("{\"pk\":{\"S\":\"k").append(i).append("\"}}");
        }
        return body.append("]}}}").toString();
    }

    private static String tail(String log) {
        return log.length() <= 6000 ? log : log.substring(log.length() - 6000);
    }
}
