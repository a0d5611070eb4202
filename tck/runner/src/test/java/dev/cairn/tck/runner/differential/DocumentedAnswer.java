package dev.cairn.tck.runner.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * DynamoDB's answer for a step where DynamoDB Local is known to depart from it, built from the
 * case's {@code "expected"} block: {@code status}, {@code __type} and {@code message} replace the
 * reference's error; {@code members} ({@code {"TableDescription.TableStatus": "CREATING"}}) correct
 * single members of a successful answer, so the rest is still compared with DynamoDB Local's.
 */
final class DocumentedAnswer {

    private DocumentedAnswer() {
    }

    static WireAnswer correct(WireAnswer reference, JsonNode expected) {
        int status = expected.path("status").asInt(reference.status());
        ObjectNode body;
        if (status != 200) {
            body = JsonNodeFactory.instance.objectNode();
            if (expected.has("__type")) {
                body.set("__type", expected.get("__type"));
            }
            if (expected.hasNonNull("message")) {
                body.set("message", expected.get("message"));
            }
        } else {
            body = reference.body().isObject() ? ((ObjectNode) reference.body()).deepCopy() : JsonNodeFactory.instance.objectNode();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.path("members").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            set(body, member.getKey().split("\\."), member.getValue());
        }
        return new WireAnswer(status, body, body.toString());
    }

    /** Whether the expectation leaves the message unstated, so any message is accepted. */
    static boolean messageUnstated(JsonNode expected) {
        return !expected.has("message") && expected.path("status").asInt(200) != 200;
    }

    private static void set(ObjectNode body, String[] path, JsonNode value) {
        ObjectNode parent = body;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.with(path[i]);
        }
        if (value == null || value.isNull()) {
            parent.remove(path[path.length - 1]); // null states that the member is absent
        } else {
            parent.set(path[path.length - 1], value);
        }
    }
}
