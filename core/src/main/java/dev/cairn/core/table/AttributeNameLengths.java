package dev.cairn.core.table;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.Projection;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * DynamoDB limits the names of key attributes and of attributes projected into an index to 255
 * bytes of UTF-8 and checks them before it looks the key attributes up in AttributeDefinitions, so
 * an over-long undefined key name gets this complaint rather than a missing-definition one
 * (issue 13's conformance runs; the message is DynamoDB Local 3.3.1's, which it gives for every
 * such name it checks). Non-key attribute names may be far longer.
 */
final class AttributeNameLengths {

    private static final int MAX_BYTES = 255;

    private AttributeNameLengths() {}

    static void checkDefinitions(List<AttributeDefinition> definitions) {
        if (definitions != null) {
            for (AttributeDefinition definition : definitions) {
                check(definition.attributeName());
            }
        }
    }

    static void checkKeySchema(List<KeySchemaElement> keySchema) {
        if (keySchema != null) {
            for (KeySchemaElement element : keySchema) {
                check(element.attributeName());
            }
        }
    }

    static void checkProjection(Projection projection) {
        if (projection != null && projection.nonKeyAttributes() != null) {
            projection.nonKeyAttributes().forEach(AttributeNameLengths::check);
        }
    }

    static void check(String name) {
        int length = name == null ? 0 : name.getBytes(StandardCharsets.UTF_8).length;
        if (length < 1 || length > MAX_BYTES) {
            throw ApiException.validation("Names of key attributes and attributes projected into an index must be "
                    + "between 1 and 255 characters, inclusive");
        }
    }
}
