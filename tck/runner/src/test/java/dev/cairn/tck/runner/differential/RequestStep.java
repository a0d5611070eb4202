package dev.cairn.tck.runner.differential;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One request of a case: the operation, its body as a JSON template (or, for malformed requests,
 * the raw text to send), the top-level response members to leave out of the comparison because
 * they depend on a backend's scan order, and — in a case tagged as a known difference of DynamoDB
 * Local — DynamoDB's documented answer, checked instead of DynamoDB Local's.
 */
record RequestStep(String operation, JsonNode body, String rawBody, List<String> ignore, JsonNode expected) {

    RequestStep {
        ignore = List.copyOf(ignore);
    }

    boolean hasExpectation() {
        return expected != null && !expected.isNull();
    }
}
