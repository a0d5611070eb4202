package dev.cairn.tck.runner.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The reference server starts in-process, answers the DynamoDB protocol, and stops. */
class DynamoDbLocalServerTest {

    @Test
    void startsInMemoryOnLoopbackAndAnswersListTables() throws Exception {
        try (DynamoDbLocalServer server = DynamoDbLocalServer.start()) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.endpoint())
                    .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .header("Authorization", "AWS4-HMAC-SHA256 Credential=cairn/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=00")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"TableNames\":[]");
        }
    }
}
