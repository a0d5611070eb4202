package dev.cairn.core.table;

import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.core.validation.ConstraintViolations;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A key schema as DynamoDB quotes it in a constraint violation: its service model's objects
 * printed by their default toString, "[com.amazonaws.dynamodb.v20120810.KeySchemaElement@ad28eb1d,
 * ...]" (ack-api-quirks DDB-TABLE-042, a capture from DynamoDB; dynalite test/createTable.js
 * matches it only as "[.+]"). The hash after the @ is DynamoDB's own; this one is derived from the
 * element's name and type so that the same request always gets the same text.
 */
final class KeySchemaValue {

    private static final String TYPE = "com.amazonaws.dynamodb.v20120810.KeySchemaElement@";

    private KeySchemaValue() {}

    static String render(List<KeySchemaElement> keySchema) {
        return keySchema.stream()
                .map(e -> TYPE + Integer.toHexString(Objects.hash(e.attributeName(), e.keyType())))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** Adds the length violations of a key schema of at most {@code maximum} elements, if any. */
    static void addLength(ConstraintViolations violations, String member, List<KeySchemaElement> keySchema,
            int maximum) {
        if (keySchema == null) {
            return;
        }
        if (keySchema.isEmpty()) {
            violations.add("[]", member, "Member must have length greater than or equal to 1");
        } else if (keySchema.size() > maximum) {
            violations.add(render(keySchema), member, "Member must have length less than or equal to " + maximum);
        }
    }
}
