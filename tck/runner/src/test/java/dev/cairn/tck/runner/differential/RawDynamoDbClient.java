package dev.cairn.tck.runner.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends raw DynamoDB JSON 1.0 requests with the headers an AWS SDK sends, and nothing an SDK would
 * add on top (no validation, no retries), so both servers see byte-identical requests, malformed
 * ones included.
 */
final class RawDynamoDbClient {

    private static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=cairn/20260101/us-east-1/dynamodb/aws4_request, "
            + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=0000000000000000000000000000000000000000000000000000000000000000";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ObjectMapper json;

    RawDynamoDbClient(ObjectMapper json) {
        this.json = json;
    }

    WireAnswer send(URI endpoint, String operation, String body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Date", "20260101T000000Z")
                .header("Authorization", AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new WireAnswer(response.statusCode(), parse(response.body()), response.body());
        } catch (IOException e) {
            return new WireAnswer(-1, TextNode.valueOf("transport failure: " + e), String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private JsonNode parse(String body) {
        try {
            return body.isEmpty() ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            return TextNode.valueOf("unparseable body: " + body);
        }
    }
}
