package dev.cairn.frontend.http.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cairn.backend.memory.MemoryStorageProvider;
import dev.cairn.core.CairnEngine;
import dev.cairn.frontend.http.HttpConfig;
import dev.cairn.frontend.http.HttpFrontend;
import dev.cairn.spi.storage.StoreConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sends 100,000 random and broken requests through the real HTTP front end and engine. Whatever
 * the input, the server answers — no hang — with a DynamoDB answer: a 200, or a 4xx whose
 * {@code __type} is a DynamoDB error and whose message leaks no Java internals; never a 5xx.
 */
class HttpFuzzTest {

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 100_000);
    private static final int THREADS = 4;
    private static final Set<String> ERROR_NAMESPACES = Set.of("com.amazon.coral.validate#",
            "com.amazon.coral.service#", "com.amazonaws.dynamodb.v20120810#");

    private static CairnEngine engine;
    private static HttpFrontend server;
    private static final JsonFactory JSON = new JsonFactory();

    @BeforeAll
    static void start() throws Exception {
        engine = new CairnEngine(new MemoryStorageProvider().open(new StoreConfig(null, Map.of())));
        server = HttpFrontend.start(engine, HttpConfig.defaults().withHost("127.0.0.1").withPort(0));
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> created = send(client, "CreateTable", "{\"TableName\":\"" + RandomRequests.TABLE
                + "\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
                + "{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"}],\"KeySchema\":[{\"AttributeName\":\"pk\","
                + "\"KeyType\":\"HASH\"},{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],"
                + "\"BillingMode\":\"PAY_PER_REQUEST\"}");
        assertThat(created.statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.close();
        engine.close();
    }

    @Test
    void randomAndBrokenRequestsNeverGetAServerErrorOrHang() throws Exception {
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger clientErrors = new AtomicInteger();
        Map<String, String> violations = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = 42L + t;
            workers.add(pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                RandomRequests requests = new RandomRequests(seed);
                for (int i = 0; i < REQUESTS / THREADS; i++) {
                    RandomRequests.Request request = i % 5 < 3 ? requests.expressionRequest()
                            : requests.corruptedRequest();
                    try {
                        HttpResponse<String> response = send(client, request.operation(), request.body());
                        String problem = problem(response);
                        if (problem != null) {
                            violations.putIfAbsent(problem, request.operation() + " " + request.body());
                        }
                        if (response.statusCode() >= 400) {
                            clientErrors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        violations.putIfAbsent("no answer: " + e, request.operation() + " " + request.body());
                    }
                    answered.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        assertThat(violations).as("answers that are not DynamoDB's (problem -> first request)").isEmpty();
        assertThat(answered.get()).isEqualTo(REQUESTS / THREADS * THREADS);
        assertThat(clientErrors.get()).as("most random requests are rejected").isGreaterThan(REQUESTS / 2);
    }

    /** What is wrong with an answer, or null when it is a proper DynamoDB answer. */
    private static String problem(HttpResponse<String> response) throws IOException {
        int status = response.statusCode();
        if (status >= 500) {
            return "status " + status + ": " + response.body();
        }
        if (status == 200) {
            return null;
        }
        if (status != 400 && status != 413) {
            return "status " + status;
        }
        if (status == 413) {
            return null;
        }
        String type = null;
        String message = null;
        try (JsonParser parser = JSON.createParser(response.body())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return "error body is not a JSON object: " + response.body();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if ("__type".equals(field)) {
                    type = parser.getText();
                } else if ("message".equalsIgnoreCase(field)) {
                    message = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
        }
        if (type == null || ERROR_NAMESPACES.stream().noneMatch(type::startsWith)) {
            return "unexpected __type " + type;
        }
        if (type.endsWith("InternalServerError")) {
            return "internal error: " + message;
        }
        // DynamoDB's own SerializationException messages name Java classes ("class java.lang.Boolean can
        // not be converted to an String"); any other Java name in a message would be a leak.
        boolean javaNamesExpected = type.endsWith("#SerializationException");
        if (message != null && ((!javaNamesExpected && message.contains("java.")) || message.contains("dev.cairn")
                || message.contains("\tat ") || message.contains("Exception:"))) {
            return "message leaks internals: " + message;
        }
        return null;
    }

    private static HttpResponse<String> send(HttpClient client, String operation, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .timeout(Duration.ofSeconds(10))
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
