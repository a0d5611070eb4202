package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.model.ListTablesRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.apache.ProxyConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * The Host header is checked against DNS rebinding: loopback names and addresses and the bound
 * host are answered, any other host gets a 400 AccessDeniedException and reaches no operation.
 * DynamoDB ignores the Host header and DynamoDB Local accepts any (observed: {@code Host:
 * evil.example.com} answered 200), so before this check a web page whose name was re-pointed at
 * 127.0.0.1 could read and write a local server's tables. Without a Host header, HTTP/1.0 is served
 * and HTTP/1.1 refused (RFC 9112 section 3.2; DynamoDB Local, in Jetty, refuses it too, with a 400).
 */
class HostHeaderTest extends ConfiguredServer {

    private static final String LIST_TABLES = "DynamoDB_20120810.ListTables";
    private static final String REFUSED = "{\"__type\":\"com.amazon.coral.service#AccessDeniedException\","
            + "\"message\":\"" + DynamoDbHttpHandler.HOST_REFUSED_MESSAGE + "\"}";

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:8000", "127.0.0.1:8000", "127.3.4.5", "[::1]:8000", "app.localhost:8000"})
    void loopbackHostsAreServed(String host) throws IOException {
        RawHttpConnection.Response response = listTables(start(HttpConfig.defaults()), "HTTP/1.1", host);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("{\"TableNames\":[\"t\"]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:8000", "localhost.evil.example:8000", "192.168.1.20:8000",
        "", "[::1"})
    void otherHostsAreRefusedBeforeAnyOperation(String host) throws IOException {
        RawHttpConnection.Response response = listTables(start(HttpConfig.defaults()), "HTTP/1.1", host);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo("application/x-amz-json-1.0");
        assertThat(response.text()).isEqualTo(REFUSED);
        assertThat(engine.<Object>lastRequest()).isNull();
    }

    @Test
    void theConnectionStaysUsableAfterARefusal() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(start(HttpConfig.defaults()))) {
            connection.send(request("HTTP/1.1", "evil.example"));
            assertThat(connection.read().status()).isEqualTo(400);
            connection.send(request("HTTP/1.1", "localhost"));
            assertThat(connection.read().status()).isEqualTo(200);
        }
    }

    @Test
    void anHttp11RequestWithoutHostIsRefused() throws IOException {
        RawHttpConnection.Response response = listTables(start(HttpConfig.defaults()), "HTTP/1.1", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).isEqualTo(REFUSED);
    }

    @Test
    void anHttp10RequestWithoutHostIsServed() throws IOException {
        RawHttpConnection.Response response = listTables(start(HttpConfig.defaults()), "HTTP/1.0", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(engine.<ListTablesRequest>lastRequest()).isNotNull();
    }

    @Test
    void theBoundHostAndAllowedHostsAreServed() throws IOException {
        int port = start(HttpConfig.defaults().withHost("127.0.0.1")
                .withConnections(new ConnectionPolicy(ConnectionPolicy.DEFAULT_IDLE_TIMEOUT, List.of("cairn.test"))));

        assertThat(listTables(port, "HTTP/1.1", "cairn.test:" + port).status()).isEqualTo(200);
        assertThat(listTables(port, "HTTP/1.1", "127.0.0.1:" + port).status()).isEqualTo(200);
        assertThat(listTables(port, "HTTP/1.1", "other.test:" + port).status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1"})
    void theSdkIsServedThroughALoopbackEndpoint(String host) {
        int port = start(HttpConfig.defaults());
        try (DynamoDbClient client = client(URI.create("http://" + host + ":" + port), UrlConnectionHttpClient.create())) {
            assertThat(client.listTables().tableNames()).containsExactly("t");
        }
    }

    /**
     * The SDK sends a foreign Host as a browser under DNS rebinding would: its requests for
     * {@code evil.example} go through an HTTP proxy that is the server itself, so they arrive with
     * {@code Host: evil.example:<port>}, and the SDK reports the refusal as an AccessDeniedException.
     */
    @Test
    void theSdkSeesAForeignHostRefusedAsAccessDenied() {
        int port = start(HttpConfig.defaults().withHost("127.0.0.1"));
        SdkHttpClient viaServer = ApacheHttpClient.builder().proxyConfiguration(ProxyConfiguration.builder()
                .endpoint(URI.create("http://127.0.0.1:" + port)).useSystemPropertyValues(false)
                .useEnvironmentVariableValues(false).build()).build();
        try (DynamoDbClient client = client(URI.create("http://evil.example:" + port), viaServer)) {
            assertThatThrownBy(client::listTables).isInstanceOfSatisfying(DynamoDbException.class, refused -> {
                assertThat(refused.statusCode()).isEqualTo(400);
                assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                assertThat(refused.awsErrorDetails().errorMessage()).isEqualTo(DynamoDbHttpHandler.HOST_REFUSED_MESSAGE);
            });
        }
        assertThat(engine.<Object>lastRequest()).isNull();
    }

    @Test
    void theHealthAnswerNamesTheServerNotTheHostHeader() throws IOException {
        int port = start(HttpConfig.defaults());
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            connection.send("GET / HTTP/1.1\r\nHost: 127.0.0.1:1234\r\n\r\n");
            RawHttpConnection.Response response = connection.read();

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).isEqualTo("healthy: localhost:" + port + " ");
        }
    }

    @Test
    void theHealthAnswerIsRefusedToAForeignHost() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(start(HttpConfig.defaults()))) {
            connection.send("GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n");
            RawHttpConnection.Response response = connection.read();

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.text()).doesNotContain("evil.example");
        }
    }

    private static DynamoDbClient client(URI endpoint, SdkHttpClient http) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .httpClient(http).overrideConfiguration(c -> c.retryPolicy(RetryPolicy.none())).build();
    }

    private static RawHttpConnection.Response listTables(int port, String version, String host) throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            connection.send(request(version, host));
            return connection.read();
        }
    }

    /** A ListTables with this HTTP version and Host header (none when null). */
    private static String request(String version, String host) {
        return "POST / " + version + "\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                + "X-Amz-Target: " + LIST_TABLES + "\r\nContent-Type: application/x-amz-json-1.0\r\n"
                + "Content-Length: 2\r\n\r\n{}";
    }
}
