package dev.cairn.tck.runner.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One server's answer to one request as the protocol defines it: the HTTP status and the JSON
 * body. Errors carry {@code __type} and a message, whose key DynamoDB spells {@code message} and
 * DynamoDB Local {@code Message}; both are read here so callers compare the text only.
 */
record WireAnswer(int status, JsonNode body, String rawBody) {

    String type() {
        JsonNode type = body.get("__type");
        return type == null ? null : type.asText();
    }

    String message() {
        JsonNode message = body.has("message") ? body.get("message") : body.get("Message");
        return message == null ? null : message.asText();
    }

    boolean isError() {
        return status != 200;
    }

    /** The body less {@code __type} and the message, which are compared on their own. */
    JsonNode payload() {
        if (!body.isObject()) {
            return body;
        }
        ObjectNode rest = ((ObjectNode) body).deepCopy();
        rest.remove("__type");
        rest.remove("message");
        rest.remove("Message");
        return rest;
    }
}
