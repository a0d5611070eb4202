package dev.cairn.core.table;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.CreateTableRequest;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.ProvisionedThroughput;
import dev.cairn.api.model.StreamSpecification;
import dev.cairn.core.validation.ConstraintViolations;
import dev.cairn.core.validation.Enums;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a CreateTable request's schema the way DynamoDB does — member constraints first, then the
 * key schema, the attribute definitions, the billing rules and the secondary indexes, and last that
 * the definitions name exactly the table's and indexes' key attributes — and turns it into catalog
 * metadata.
 */
final class TableDefinition {

    private final CreateTableRequest request;

    TableDefinition(CreateTableRequest request) {
        this.request = request;
    }

    TableMetadata toMetadata(String id, long nowMillis) {
        checkMemberConstraints();
        checkNameLengths();
        List<KeySchemaElement> keySchema = request.keySchema();
        checkKeySchema(keySchema);
        List<KeyAttribute> definitions = checkDefinitions(keySchema);
        KeyAttribute partitionKey = find(definitions, keySchema.get(0).attributeName());
        KeyAttribute sortKey = keySchema.size() == 2 ? find(definitions, keySchema.get(1).attributeName()) : null;

        String billingMode = request.billingMode() == null ? "PROVISIONED" : request.billingMode();
        ProvisionedThroughput throughput = request.provisionedThroughput();
        long read = 0;
        long write = 0;
        if ("PROVISIONED".equals(billingMode)) {
            if (throughput == null || throughput.readCapacityUnits() == null || throughput.writeCapacityUnits() == null) {
                throw ApiException.validation("One or more parameter values were invalid: ReadCapacityUnits and "
                        + "WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
            }
            read = throughput.readCapacityUnits();
            write = throughput.writeCapacityUnits();
        } else if (throughput != null) {
            throw ApiException.validation("One or more parameter values were invalid: Neither ReadCapacityUnits nor "
                    + "WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
        }
        List<IndexMetadata> indexes = IndexDefinitions.of(request.localSecondaryIndexes(),
                request.globalSecondaryIndexes(), partitionKey, sortKey, definitions, billingMode);
        checkDefinitionsMatchKeys(definitions, keySchema, indexes);
        boolean protection = Boolean.TRUE.equals(request.deletionProtectionEnabled());
        int globalCount = request.globalSecondaryIndexes() == null ? 0 : request.globalSecondaryIndexes().size();
        return new TableMetadata(request.tableName(), id, "ACTIVE", definitions, partitionKey, sortKey, billingMode,
                read, write, nowMillis, "PAY_PER_REQUEST".equals(billingMode) ? nowMillis : 0, protection, indexes,
                globalCount + 1);
    }

    /** The table's key schema: one HASH key first, then at most one RANGE key; worded as DynamoDB Local words it. */
    private static void checkKeySchema(List<KeySchemaElement> keySchema) {
        long hashKeys = keySchema.stream().filter(element -> "HASH".equals(element.keyType())).count();
        if (hashKeys == 0) {
            throw ApiException.validation(
                    "No Hash Key specified in schema.  All Dynamo DB tables must have exactly one hash key");
        }
        if (hashKeys > 1) {
            throw ApiException.validation(
                    "Too many hash keys specified.  All Dynamo DB tables must have exactly one hash key");
        }
        if (!"HASH".equals(keySchema.get(0).keyType())) {
            throw ApiException.validation("Invalid key order. Hash Key must be specified first in key schema, Range Key "
                    + "must be specifed second");
        }
        if (keySchema.size() == 2 && keySchema.get(0).attributeName().equals(keySchema.get(1).attributeName())) {
            throw ApiException.validation("Two keys can not have the same name");
        }
    }

    private void checkNameLengths() {
        AttributeNameLengths.checkKeySchema(request.keySchema());
        AttributeNameLengths.checkDefinitions(request.attributeDefinitions());
        if (request.localSecondaryIndexes() != null) {
            request.localSecondaryIndexes().forEach(index -> {
                AttributeNameLengths.checkKeySchema(index.keySchema());
                AttributeNameLengths.checkProjection(index.projection());
            });
        }
        if (request.globalSecondaryIndexes() != null) {
            request.globalSecondaryIndexes().forEach(index -> {
                AttributeNameLengths.checkKeySchema(index.keySchema());
                AttributeNameLengths.checkProjection(index.projection());
            });
        }
    }

    private void checkMemberConstraints() {
        ConstraintViolations violations = new ConstraintViolations();
        List<AttributeDefinition> definitions = request.attributeDefinitions();
        for (int i = 0; i < definitions.size(); i++) {
            String member = "attributeDefinitions." + (i + 1) + ".member.";
            violations.notNull(member + "attributeName", definitions.get(i).attributeName())
                    .notNull(member + "attributeType", definitions.get(i).attributeType())
                    .oneOf(member + "attributeType", definitions.get(i).attributeType(), Enums.ATTRIBUTE_TYPE);
        }
        List<KeySchemaElement> keySchema = request.keySchema();
        for (int i = 0; i < keySchema.size(); i++) {
            String member = "keySchema." + (i + 1) + ".member.";
            violations.notNull(member + "attributeName", keySchema.get(i).attributeName())
                    .notNull(member + "keyType", keySchema.get(i).keyType())
                    .oneOf(member + "keyType", keySchema.get(i).keyType(), Enums.KEY_TYPE);
        }
        ProvisionedThroughput throughput = request.provisionedThroughput();
        if (throughput != null) {
            violations.notNull("provisionedThroughput.readCapacityUnits", throughput.readCapacityUnits())
                    .atLeast("provisionedThroughput.readCapacityUnits", throughput.readCapacityUnits(), 1)
                    .notNull("provisionedThroughput.writeCapacityUnits", throughput.writeCapacityUnits())
                    .atLeast("provisionedThroughput.writeCapacityUnits", throughput.writeCapacityUnits(), 1);
        }
        violations.oneOf("tableClass", request.tableClass(), Enums.TABLE_CLASS);
        IndexDefinitions.addConstraints(violations, request.localSecondaryIndexes(), request.globalSecondaryIndexes());
        violations.throwIfAny();
        StreamSpecification stream = request.streamSpecification();
        if (stream != null && Boolean.TRUE.equals(stream.streamEnabled()) && stream.streamViewType() == null) {
            throw ApiException.validation(
                    "Invalid StreamViewType: Stream ViewType must not be null or empty when enabling streams.");
        }
    }

    private List<KeyAttribute> checkDefinitions(List<KeySchemaElement> keySchema) {
        List<KeyAttribute> definitions = new ArrayList<>();
        Set<String> definedNames = new LinkedHashSet<>();
        for (AttributeDefinition definition : request.attributeDefinitions()) {
            if (!definedNames.add(definition.attributeName())) {
                throw ApiException.validation("Cannot have two attributes with the same name");
            }
            definitions.add(new KeyAttribute(definition.attributeName(), definition.attributeType()));
        }
        List<String> keyNames = TableOperations.names(keySchema);
        List<String> undefined = new ArrayList<>();
        for (String name : keyNames) {
            if (!definedNames.contains(name)) {
                undefined.add(name);
            }
        }
        if (!undefined.isEmpty()) {
            throw ApiException.validation("One or more parameter values were invalid: Some index key attributes are not "
                    + "defined in AttributeDefinitions. Keys: " + undefined + ", AttributeDefinitions: "
                    + new ArrayList<>(definedNames));
        }
        return definitions;
    }

    private static void checkDefinitionsMatchKeys(List<KeyAttribute> definitions, List<KeySchemaElement> keySchema,
            List<IndexMetadata> indexes) {
        Set<String> used = new LinkedHashSet<>(TableOperations.names(keySchema));
        for (IndexMetadata index : indexes) {
            index.keyAttributes().forEach(attribute -> used.add(attribute.name()));
        }
        if (definitions.size() != used.size()) {
            throw ApiException.validation("One or more parameter values were invalid: Number of attributes in KeySchema "
                    + "does not exactly match number of attributes defined in AttributeDefinitions");
        }
    }

    private static KeyAttribute find(List<KeyAttribute> definitions, String name) {
        for (KeyAttribute attribute : definitions) {
            if (attribute.name().equals(name)) {
                return attribute;
            }
        }
        throw new IllegalStateException("checked above: " + name);
    }
}
