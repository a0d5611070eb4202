package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CORS as DynamoDB answers it (scylladb test/alternator/test_cors.py, run against DynamoDB), and
 * DynamoDB's {@code Server: Server} header.
 */
class CorsTest extends ScriptedServer {

    private static final List<String> CORS_HEADERS = List.of("Access-Control-Allow-Origin",
            "Access-Control-Allow-Credentials", "Access-Control-Expose-Headers", "Access-Control-Max-Age",
            "Access-Control-Allow-Methods", "Access-Control-Allow-Headers");


    @Test
    void aRequestWithoutOriginGetsNoCorsHeaders() throws IOException {
        for (String method : List.of("OPTIONS", "GET", "POST")) {
            RawHttpConnection.Response response = request(method, Map.of());
            for (String header : CORS_HEADERS) {
                assertThat(response.header(header)).as(method + " " + header).isNull();
            }
        }
    }

    @Test
    void aRequestWithOriginMayBeReadByAnyOriginAndOnlyAPreflightHasAMaxAge() throws IOException {
        for (String method : List.of("OPTIONS", "GET", "POST")) {
            RawHttpConnection.Response response = request(method, Map.of("Origin", "http://example.com/"));

            assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(response.header("Access-Control-Expose-Headers")).contains("x-amzn-RequestId", "x-amz-crc32");
            assertThat(response.header("Access-Control-Max-Age") != null).isEqualTo(method.equals("OPTIONS"));
        }
    }

    @Test
    void aPreflightEchoesTheRequestedMethodAndHeaders() throws IOException {
        Map<String, String> preflight = Map.of("Origin", "http://example.com/", "Access-Control-Request-Method", "dog",
                "Access-Control-Request-Headers", "cat, meerkat, mouse");
        for (String method : List.of("OPTIONS", "GET", "POST")) {
            RawHttpConnection.Response response = request(method, preflight);

            boolean isPreflight = method.equals("OPTIONS");
            assertThat(response.header("Access-Control-Allow-Methods")).isEqualTo(isPreflight ? "dog" : null);
            assertThat(response.header("Access-Control-Allow-Headers")).isEqualTo(isPreflight ? "cat, meerkat, mouse" : null);
            if (isPreflight) {
                assertThat(response.status()).isEqualTo(200);
            }
        }
    }

    @Test
    void everyAnswerNamesItsServerAsDynamoDbDoes() throws IOException {
        for (String method : List.of("GET", "POST")) {
            assertThat(request(method, Map.of()).header("Server")).isEqualTo("Server");
        }
    }

    private RawHttpConnection.Response request(String method, Map<String, String> headers) throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            if (method.equals("POST")) {
                connection.post("DynamoDB_20120810.ListTables", "{}".getBytes(), headers);
            } else {
                StringBuilder request = new StringBuilder(method + " / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
                headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
                connection.send(request.append("Content-Length: 0\r\n\r\n").toString());
            }
            return connection.read();
        }
    }
}
