package dev.cairn.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Small gzip bodies that inflate to far more than the heap: Cairn in a process with the launcher's
 * 128 MB heap refuses each with 413, eight at once, and serves the next request. Without a bound on
 * the inflated size each would need 256 MB.
 */
class GzipBombIT {

    private static final int INFLATED_BYTES = 256 * 1024 * 1024;

    @Test
    void gzipBombsAreRefusedWithoutExhaustingA128MegabyteHeap() throws Exception {
        byte[] bomb = bomb();
        List<String> command = new ArrayList<>(CairnProcess.javaCommand("serve", "--backend", "memory",
                "--host", "127.0.0.1", "--port", "0"));
        command.add(1, "-Xmx128m");
        try (CairnProcess server = CairnProcess.start(command, Map.of())) {
            server.awaitListening();
            HttpClient http = HttpClient.newHttpClient();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(http.sendAsync(request(server.endpoint(), "PutItem", bomb, true), HttpResponse.BodyHandlers.ofString()));
            }

            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).as(server.output()).isEqualTo(413);
            }
            HttpResponse<String> after = http.send(request(server.endpoint(), "ListTables", "{}".getBytes(), false),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(server.output()).doesNotContain("OutOfMemoryError");
        }
    }

    private static HttpRequest request(URI endpoint, String operation, byte[] body, boolean gzipped) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (gzipped) {
            request.header("Content-Encoding", "gzip");
        }
        return request.build();
    }

    /** A JSON object padded with white space to 256 MB, gzipped to a fraction of a megabyte. */
    private static byte[] bomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write("{\"TableName\":\"bomb\",\"Item\":{\"pk\":{\"S\":\"x\"}}".getBytes());
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < INFLATED_BYTES / spaces.length; i++) {
                zip.write(spaces);
            }
            zip.write('}');
        }
        return out.toByteArray();
    }
}
