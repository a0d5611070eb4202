package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cairn.backend.memory.MemoryStorageProvider;
import dev.cairn.core.CairnEngine;
import dev.cairn.spi.storage.StoreConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Valid requests of every data-plane operation, mutated ({@link RequestMutator}: members dropped,
 * doubled or nulled, wrong types, empty and odd strings, huge numbers, deep nesting, invalid UTF-8,
 * truncated bodies), sent over one keep-alive connection to a running HTTP front end. Every answer
 * is a 200 or a 4xx with a well-formed DynamoDB error envelope, never a 5xx; the connection stays
 * open; and afterwards a Scan works and the item no request may touch is unchanged. Seeded and
 * bounded: a few thousand requests, some seconds. A body that differs from a valid one only by a
 * null where an attribute value, item or key belongs must be refused: before issue 14's fix such
 * nulls were dropped and the request answered 200, which this test reported.
 */
class MutatedRequestFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 14L);
    private static final int REQUESTS = Integer.getInteger("fuzz.mutations", 4_000);
    private static final Set<String> ERROR_NAMESPACES = Set.of("com.amazon.coral.validate#",
            "com.amazon.coral.service#", "com.amazonaws.dynamodb.v20120810#");
    private static final String KNOWN_KEY = "{\"TableName\":\"" + ValidRequests.TABLE
            + "\",\"Key\":{\"pk\":{\"S\":\"" + RequestMutator.PROTECTED + "\"}},\"ConsistentRead\":true}";
    private static final JsonFactory JSON = new JsonFactory();

    private static CairnEngine engine;
    private static HttpFrontend server;

    @BeforeAll
    static void start() throws Exception {
        engine = new CairnEngine(new MemoryStorageProvider().open(new StoreConfig(null, Map.of())));
        server = HttpFrontend.start(engine, HttpConfig.defaults().withHost("127.0.0.1").withPort(0));
        try (RawHttpConnection c = new RawHttpConnection(server.port())) {
            assertThat(call(c, "CreateTable", "{\"TableName\":\"" + ValidRequests.TABLE + "\",\"AttributeDefinitions\":"
                    + "[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"pk\","
                    + "\"KeyType\":\"HASH\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}").status()).isEqualTo(200);
            assertThat(call(c, "PutItem", "{\"TableName\":\"" + ValidRequests.TABLE + "\",\"Item\":{\"pk\":{\"S\":\""
                    + RequestMutator.PROTECTED + "\"},\"s\":{\"S\":\"v\"},\"n\":{\"N\":\"3\"},\"ss\":{\"SS\":[\"a\"]},"
                    + "\"m\":{\"M\":{\"x\":{\"L\":[{\"BOOL\":true}]}}}}}").status()).isEqualTo(200);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        engine.close();
    }

    @Test
    void mutatedRequestsGetDynamoDbAnswersAndLeaveTheTableIntact() throws Exception {
        RequestMutator mutator = new RequestMutator(SEED);
        Random pick = new Random(SEED + 1);
        List<String> failures = new ArrayList<>();
        int clientErrors = 0;
        try (RawHttpConnection c = new RawHttpConnection(server.port())) {
            String knownBefore = call(c, "GetItem", KNOWN_KEY).text();
            for (int i = 0; i < REQUESTS && failures.size() < 10; i++) {
                ValidRequests.Template template = ValidRequests.ALL.get(pick.nextInt(ValidRequests.ALL.size()));
                byte[] body = mutator.mutate(template.body());
                RawHttpConnection.Response answer;
                try {
                    c.post("DynamoDB_20120810." + template.operation(), body, Map.of());
                    answer = c.read();
                } catch (IOException closed) {
                    failures.add("#" + i + " " + template.operation() + ": connection lost (" + closed.getMessage()
                            + ") on " + preview(body));
                    break;
                }
                String problem = answer.status() == 200 && mutator.onlyNulledAnAttributeValue()
                        ? "a null attribute value was accepted (dropped?): " + answer.text() : problem(answer);
                if (problem != null) {
                    failures.add("#" + i + " " + template.operation() + ": " + problem + " on " + preview(body));
                }
                clientErrors += answer.status() >= 400 ? 1 : 0;
            }
            assertThat(failures).as("mutated requests answered wrongly").isEmpty();
            assertThat(clientErrors).as("most mutations are refused, some accepted").isBetween(REQUESTS / 4, REQUESTS - 1);
            assertThat(call(c, "GetItem", KNOWN_KEY).text()).as("the untouched item").isEqualTo(knownBefore);
            RawHttpConnection.Response scan = call(c, "Scan", "{\"TableName\":\"" + ValidRequests.TABLE + "\"}");
            assertThat(scan.status()).isEqualTo(200);
            assertThat(scan.text()).contains("\"" + RequestMutator.PROTECTED + "\"");
        }
    }

    /** What is wrong with an answer, or null when it is a DynamoDB answer. */
    private static String problem(RawHttpConnection.Response answer) {
        if (answer.status() >= 500) {
            return "status " + answer.status() + " " + answer.text();
        }
        Map<String, String> top;
        try {
            top = topLevelStrings(answer.body());
        } catch (IOException | RuntimeException notJson) {
            return "body is not one JSON object: " + answer.text();
        }
        if (answer.status() == 200) {
            return null;
        }
        String type = top.get("__type");
        if (type == null || ERROR_NAMESPACES.stream().noneMatch(type::startsWith)) {
            return "no DynamoDB __type: " + answer.text();
        }
        String message = top.getOrDefault("message", top.get("Message"));
        // DynamoDB's own SerializationException text names Java classes; a stack trace or Cairn's classes do not belong
        if (message != null && (message.contains("dev.cairn") || message.contains("NullPointer")
                || message.contains("IllegalState") || message.contains("\tat "))) {
            return "message leaks Java internals: " + message;
        }
        return null;
    }

    /** The top-level string members of a JSON object body; throws when the body is not one object. */
    private static Map<String, String> topLevelStrings(byte[] body) throws IOException {
        Map<String, String> strings = new java.util.HashMap<>();
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not an object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.getCurrentName();
                if (parser.nextToken() == JsonToken.VALUE_STRING) {
                    strings.put(name, parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new IOException("trailing content");
            }
        }
        return strings;
    }

    private static RawHttpConnection.Response call(RawHttpConnection c, String operation, String body) throws IOException {
        c.post("DynamoDB_20120810." + operation, body);
        return c.read();
    }

    private static String preview(byte[] body) {
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
