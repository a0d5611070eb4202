package dev.cairn.core.table;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.Projection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules every secondary index definition obeys, whether CreateTable or UpdateTable brings it: a
 * local index's key schema is a HASH key and a RANGE key; a global index's is one to four HASH
 * attributes followed by up to four RANGE attributes (DynamoDB's multi-attribute keys); the
 * projection is KEYS_ONLY, INCLUDE (with its non-key attributes) or ALL. Messages are DynamoDB
 * Local 3.3.1's where no other source gives DynamoDB's own.
 */
final class IndexSchema {

    private IndexSchema() {}

    /** The most attributes a global index's partition key, and its sort key, may have. */
    static final int MAX_GLOBAL_KEY_ATTRIBUTES = 4;

    /**
     * Checks a global index's key schema: every attribute defined first, as DynamoDB does (dynalite
     * validations/createTable.js), then in DynamoDB Local's order size, duplicate names, a HASH
     * attribute first and every HASH before every RANGE, at most four of each.
     */
    static void checkGlobalKeySchema(List<KeySchemaElement> keySchema, List<KeyAttribute> definitions) {
        if (keySchema == null || keySchema.isEmpty()) {
            throw ApiException.validation("No defined key schema.  A key schema containing at least a hash key must be "
                    + "defined for all tables");
        }
        checkDefined(keySchema, definitions);
        if (keySchema.size() > 2 * MAX_GLOBAL_KEY_ATTRIBUTES) {
            throw ApiException.validation("Key Schema too big.  Key Schema must at most consist of the hash and range "
                    + "key of a table");
        }
        Set<String> names = new HashSet<>();
        for (KeySchemaElement element : keySchema) {
            if (!names.add(element.attributeName())) {
                throw ApiException.validation("Two keys can not have the same name");
            }
        }
        int hashKeys = 0;
        int rangeKeys = 0;
        for (KeySchemaElement element : keySchema) {
            if ("HASH".equals(element.keyType())) {
                hashKeys++;
            } else {
                rangeKeys++;
            }
        }
        if (hashKeys == 0) {
            throw ApiException.validation("No Hash Key specified in schema.  All Dynamo DB tables must have exactly one "
                    + "hash key");
        }
        for (int i = 0; i < keySchema.size(); i++) {
            if ("HASH".equals(keySchema.get(i).keyType()) != i < hashKeys) {
                throw ApiException.validation("Invalid key order. Hash Key must be specified first in key schema, "
                        + "Range Key must be specifed second");
            }
        }
        if (hashKeys > MAX_GLOBAL_KEY_ATTRIBUTES) {
            throw ApiException.validation("Too many partition keys. GSI can have at most " + MAX_GLOBAL_KEY_ATTRIBUTES
                    + " partition keys");
        }
        if (rangeKeys > MAX_GLOBAL_KEY_ATTRIBUTES) {
            throw ApiException.validation("Too many sort keys. GSI can have at most " + MAX_GLOBAL_KEY_ATTRIBUTES
                    + " sort keys");
        }
    }

    /** The definitions of the key schema's attributes of one key type, in key schema order. */
    static List<KeyAttribute> attributes(List<KeySchemaElement> keySchema, String keyType,
            List<KeyAttribute> definitions) {
        List<KeyAttribute> attributes = new ArrayList<>(keySchema.size());
        for (KeySchemaElement element : keySchema) {
            if (keyType.equals(element.keyType())) {
                attributes.add(find(definitions, element.attributeName()));
            }
        }
        return attributes;
    }

    /** Checks a local index's key schema; every name must be a defined attribute. */
    static void checkKeySchema(List<KeySchemaElement> keySchema, List<KeyAttribute> definitions) {
        if (keySchema == null || keySchema.isEmpty()) {
            throw ApiException.validation("No defined key schema.  A key schema containing at least a hash key must be "
                    + "defined for all tables");
        }
        checkDefined(keySchema, definitions);
        if (keySchema.size() > 2) {
            throw ApiException.validation("Too many key schema elements");
        }
        KeySchemaElement first = keySchema.get(0);
        if (keySchema.size() == 2) {
            KeySchemaElement second = keySchema.get(1);
            if ("RANGE".equals(first.keyType()) && "HASH".equals(second.keyType())) {
                throw ApiException.validation("Invalid key order. Hash Key must be specified first in key schema, "
                        + "Range Key must be specifed second");
            }
            if (first.attributeName().equals(second.attributeName())) {
                throw ApiException.validation("Two keys can not have the same name");
            }
            if (!"RANGE".equals(second.keyType()) || !"HASH".equals(first.keyType())) {
                throw ApiException.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
            }
        }
        if (!"HASH".equals(first.keyType())) {
            throw ApiException.validation("No Hash Key specified in schema.  All Dynamo DB tables must have exactly one "
                    + "hash key");
        }
    }

    /**
     * Every key attribute of an index must be defined; DynamoDB names the index's whole key and every
     * definition (dynalite test/createTable.js "missing attribute definitions in GlobalSecondaryIndex").
     */
    private static void checkDefined(List<KeySchemaElement> keySchema, List<KeyAttribute> definitions) {
        for (KeySchemaElement element : keySchema) {
            if (find(definitions, element.attributeName()) == null) {
                List<String> keys = keySchema.stream().map(KeySchemaElement::attributeName).toList();
                List<String> defined = definitions.stream().map(KeyAttribute::name).toList();
                throw ApiException.validation("One or more parameter values were invalid: Some index key attributes "
                        + "are not defined in AttributeDefinitions. Keys: [" + String.join(", ", keys)
                        + "], AttributeDefinitions: [" + String.join(", ", defined) + "]");
            }
        }
    }

    /** Checks a projection; returns its non-key attributes (empty unless INCLUDE). */
    static List<String> checkProjection(Projection projection) {
        if (projection == null) {
            throw ApiException.validation("Indexes must have a projection specified");
        }
        if (projection.projectionType() == null) {
            // wording: dynalite test/createTable.js, Alternator test_gsi.py test_gsi_missing_projection_type
            throw ApiException.validation("One or more parameter values were invalid: Unknown ProjectionType: null");
        }
        String type = projection.projectionType();
        if (!type.equals("ALL") && !type.equals("KEYS_ONLY") && !type.equals("INCLUDE")) {
            throw ApiException.validation("Projection type must be INCLUDE, ALL, or KEYS_ONLY");
        }
        List<String> nonKey = projection.nonKeyAttributes();
        if (!type.equals("INCLUDE")) {
            if (nonKey != null) {
                // wording: dynalite test/createTable.js "NonKeyAttributes with ProjectionType ALL"
                throw ApiException.validation("One or more parameter values were invalid: ProjectionType is " + type
                        + ", but NonKeyAttributes is specified");
            }
            return List.of();
        }
        if (nonKey == null || nonKey.isEmpty()) {
            throw ApiException.validation("If Projection type INCLUDE is specified, some non-key attributes to include "
                    + "in the projection must be specified as well");
        }
        Set<String> seen = new HashSet<>();
        for (String name : nonKey) {
            if (!seen.add(name)) {
                throw ApiException.validation("Cannot have two attributes with the same name");
            }
        }
        return List.copyOf(nonKey);
    }

    static KeyAttribute find(List<KeyAttribute> definitions, String name) {
        for (KeyAttribute attribute : definitions) {
            if (attribute.name().equals(name)) {
                return attribute;
            }
        }
        return null;
    }
}
